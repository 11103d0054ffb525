namespace CoachingBackend.Programs.Reminders.Sending;

/// <summary>A reminder of a calendar activity went to the client's notification feed.</summary>
public sealed record ActivityReminded(
    Guid ClientProgrammeId,
    Guid ClientId,
    Guid ActivityId,
    Guid NotificationId,
    string Title,
    DateOnly On,
    TimeOnly RemindAt,
    DateTimeOffset At);
