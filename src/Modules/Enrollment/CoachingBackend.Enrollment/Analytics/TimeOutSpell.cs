namespace CoachingBackend.Enrollment.Analytics;

/// <summary>A time-out: it ends when the client returns, or, never returning, when they are discharged.</summary>
public sealed class TimeOutSpell
{
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public DateTimeOffset? DischargedAt { get; set; }

    public DateTimeOffset? EndedAt() => ReturnedAt ?? DischargedAt;
}
