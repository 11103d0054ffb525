using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Challenges;

/// <summary>The client's daily figures met the challenge's target on enough days of its window, the last of them <paramref name="ReachedOn"/>.</summary>
[EventMeaning("A client reached a challenge: the daily target was met on the required number of days within its window.")]
public sealed record ChallengeReached(
    Guid ChallengeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateOnly ReachedOn,
    int DaysMet,
    DateTimeOffset At);
