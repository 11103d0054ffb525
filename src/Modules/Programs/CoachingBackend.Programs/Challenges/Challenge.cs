using CoachingBackend.Programs.Measurements;

namespace CoachingBackend.Programs.Challenges;

/// <summary>A challenge as its deciders judge it: the goal, its window of days, and whether it has been reached.</summary>
public sealed record Challenge(Guid Id, Metric Metric, decimal DailyTarget, int DaysRequired, int WindowDays, DateOnly StartsOn, DateOnly? ReachedOn)
{
    public DateOnly EndsOn => StartsOn.AddDays(WindowDays - 1);

    public bool Covers(DateOnly day) => day >= StartsOn && day <= EndsOn;

    /// <summary>"7,000 steps on 5 of 7 days": the challenge in the coach's words, for the feed and the journey.</summary>
    public string Goal => $"{DailyTarget.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)} {CoachingBackend.BuildingBlocks.Json.JsonDefaults.Name(Metric)} " +
                          $"on {DaysRequired} of {WindowDays} days";
}
