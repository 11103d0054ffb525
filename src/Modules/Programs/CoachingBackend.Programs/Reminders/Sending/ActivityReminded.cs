using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Reminders.Sending;

/// <summary>A reminder of a calendar activity went to the client's notification feed.</summary>
[EventMeaning("A reminder of a calendar activity went to the client.")]
public sealed record ActivityReminded(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid ActivityId,
    Guid NotificationId,
    string Title,
    DateOnly On,
    TimeOnly RemindAt,
    DateTimeOffset At);
