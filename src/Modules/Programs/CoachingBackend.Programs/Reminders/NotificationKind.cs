namespace CoachingBackend.Programs.Reminders;

/// <summary>What a notification is about: a reminder of a calendar activity, or a challenge the client reached.</summary>
public enum NotificationKind { ActivityReminder, ChallengeReached }
