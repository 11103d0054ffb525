using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Challenges;

/// <summary>
/// The client was told in their feed that they reached a challenge. Not raised when the week's notifications were
/// used up (the reminders' weekly cap counts these too): the journey and the challenge still show it.
/// </summary>
[EventMeaning("A notification that the client reached a challenge went to the client's feed.")]
public sealed record ChallengeNotificationSent(
    Guid ChallengeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid NotificationId,
    string Title,
    DateOnly On,
    DateTimeOffset At);
