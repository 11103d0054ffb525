namespace CoachingBackend.Programs.Reminders.Reading;

/// <summary>The client (or someone on their behalf) marked a notification as read.</summary>
public sealed record NotificationRead(Guid ClientProgrammeId, Guid ClientId, Guid NotificationId, string By, DateTimeOffset At);
