using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.Programs.Measurements;

namespace CoachingBackend.Programs.Challenges.Setting;

/// <summary>A coach set the client a challenge: <paramref name="DaysRequired"/> days at or over the target within <paramref name="WindowDays"/> days from <paramref name="StartsOn"/>.</summary>
[EventMeaning("A coach set a client a challenge: a metric's daily target on a number of days within a window of days.")]
public sealed record ChallengeSet(
    Guid ChallengeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Metric Metric,
    decimal DailyTarget,
    int DaysRequired,
    int WindowDays,
    DateOnly StartsOn,
    [property: Personal(PersonalData.StaffId)] string SetBy,
    DateTimeOffset At);
