using System.Globalization;

namespace CoachingBackend.Programs.Reminders;

/// <summary>A notification in the client's feed: an activity reminder, or a challenge reached.</summary>
/// <param name="ClientProgrammeId">With <paramref name="ActivityId"/> and <paramref name="RemindAt"/>: only on an activity reminder.</param>
/// <param name="ChallengeId">Only on a challenge-reached notification.</param>
/// <param name="On">The day of the activity it reminds of (or the day the challenge was reached); <paramref name="RemindAt"/> its local time of day, "HH:mm".</param>
public sealed record NotificationResponse(
    Guid NotificationId,
    NotificationKind Kind,
    Guid? ClientProgrammeId,
    Guid? ActivityId,
    Guid? ChallengeId,
    string Title,
    DateOnly On,
    string? RemindAt,
    DateTimeOffset SentAt,
    DateTimeOffset? ReadAt)
{
    public static NotificationResponse From(NotificationRecord n) => n.Kind == NotificationKind.ActivityReminder
        ? new(n.Id, n.Kind, n.ClientProgrammeId, n.ActivityId, null, n.Title, n.On, n.RemindAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            n.SentAt, n.ReadAt)
        : new(n.Id, n.Kind, null, null, n.ChallengeId, n.Title, n.On, null, n.SentAt, n.ReadAt);
}
