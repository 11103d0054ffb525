using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Reminders.Reading;

/// <summary>The client (or someone on their behalf) marked a notification as read.</summary>
[EventMeaning("A notification of the client's was marked read.")]
public sealed record NotificationRead(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid NotificationId,
    [property: Personal(PersonalData.Omitted)] string By,
    DateTimeOffset At);
