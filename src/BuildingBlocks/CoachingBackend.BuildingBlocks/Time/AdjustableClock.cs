namespace CoachingBackend.BuildingBlocks.Time;

/// <summary>
/// The system clock, movable forward (or to a given moment) in Development and tests, so that time-driven
/// rules (a passive month, a return-by date) can be seen without waiting. Never registered in production.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private readonly TimeProvider _system;
    private long _offsetTicks;

    public AdjustableClock(TimeProvider? system = null) => _system = system ?? System;

    /// <summary>Raised after the clock moved, so that schedulers can look again at once.</summary>
    public event Action? Moved;

    public override DateTimeOffset GetUtcNow() => _system.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public DateTimeOffset Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        Moved?.Invoke();
        return GetUtcNow();
    }

    public DateTimeOffset SetNow(DateTimeOffset now)
    {
        Interlocked.Exchange(ref _offsetTicks, (now - _system.GetUtcNow()).Ticks);
        Moved?.Invoke();
        return GetUtcNow();
    }
}
