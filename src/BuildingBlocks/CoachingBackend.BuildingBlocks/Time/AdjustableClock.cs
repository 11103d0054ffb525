namespace CoachingBackend.BuildingBlocks.Time;

/// <summary>
/// The system clock, movable forward (or to a given moment) in Development and tests, so that time-driven
/// rules (a passive month, a return-by date) can be seen without waiting. Never registered in production.
/// </summary>
/// <remarks>
/// It moves only within <see cref="Earliest"/> and <see cref="Latest"/>: every request's correlation id is a
/// version-7 GUID of the current time, which cannot be made before the Unix epoch, so a clock set to 1969 would fail
/// every request, <c>/health/live</c> included. A move outside the range throws and leaves the clock where it was.
/// </remarks>
public sealed class AdjustableClock : TimeProvider
{
    /// <summary>The earliest moment the clock may show: the Unix epoch.</summary>
    public static readonly DateTimeOffset Earliest = DateTimeOffset.UnixEpoch;

    /// <summary>The latest moment the clock may show: the start of the year 9000, far from where dates overflow.</summary>
    public static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TimeProvider _system;
    private readonly Lock _moving = new();
    private long _offsetTicks;

    public AdjustableClock(TimeProvider? system = null) => _system = system ?? System;

    /// <summary>Raised after the clock moved, so that schedulers can look again at once.</summary>
    public event Action? Moved;

    public static bool MayShow(DateTimeOffset moment) => moment >= Earliest && moment <= Latest;

    public override DateTimeOffset GetUtcNow() => _system.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <exception cref="ArgumentOutOfRangeException">The clock would pass <see cref="Latest"/> or go before <see cref="Earliest"/>.</exception>
    public DateTimeOffset Advance(TimeSpan by)
    {
        lock (_moving)
        {
            var now = GetUtcNow();
            if (by > Latest - now || by < Earliest - now)
                throw new ArgumentOutOfRangeException(nameof(by), by, $"The clock moves only between {Earliest:O} and {Latest:O}.");
            Interlocked.Add(ref _offsetTicks, by.Ticks);
        }
        Moved?.Invoke();
        return GetUtcNow();
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before <see cref="Earliest"/> or after <see cref="Latest"/>.</exception>
    public DateTimeOffset SetNow(DateTimeOffset now)
    {
        if (!MayShow(now))
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The clock moves only between {Earliest:O} and {Latest:O}.");
        lock (_moving) Interlocked.Exchange(ref _offsetTicks, (now - _system.GetUtcNow()).Ticks);
        Moved?.Invoke();
        return GetUtcNow();
    }
}
