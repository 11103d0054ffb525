using CoachingBackend.Programs.Measurements;

namespace CoachingBackend.Programs.Challenges;

/// <summary>A challenge as the client and coach read it; its progress is computed on reading from the daily figures.</summary>
public sealed class ChallengeRecord
{
    public Guid Id { get; set; }
    public Metric Metric { get; set; }
    public decimal DailyTarget { get; set; }
    public int DaysRequired { get; set; }
    public int WindowDays { get; set; }
    public DateOnly StartsOn { get; set; }
    public string SetBy { get; set; } = "";
    public DateTimeOffset SetAt { get; set; }
    public DateOnly? ReachedOn { get; set; }
    public DateTimeOffset? ReachedAt { get; set; }

    public Challenge ToChallenge() => new(Id, Metric, DailyTarget, DaysRequired, WindowDays, StartsOn, ReachedOn);
}
