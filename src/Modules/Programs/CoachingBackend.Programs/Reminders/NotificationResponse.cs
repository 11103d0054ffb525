using System.Globalization;

namespace CoachingBackend.Programs.Reminders;

/// <summary>A notification in the client's feed.</summary>
/// <param name="On">The day of the activity it reminds of; <paramref name="RemindAt"/> its local time of day, "HH:mm".</param>
public sealed record NotificationResponse(
    Guid NotificationId,
    Guid ClientProgrammeId,
    Guid ActivityId,
    string Title,
    DateOnly On,
    string RemindAt,
    DateTimeOffset SentAt,
    DateTimeOffset? ReadAt)
{
    public static NotificationResponse From(NotificationRecord n) =>
        new(n.Id, n.ClientProgrammeId, n.ActivityId, n.Title, n.On, n.RemindAt.ToString("HH:mm", CultureInfo.InvariantCulture), n.SentAt, n.ReadAt);
}
