using CoachingBackend.Programs.Challenges;
using CoachingBackend.Programs.Reminders.Reading;
using CoachingBackend.Programs.Reminders.Sending;
using Marten.Events.Projections;

namespace CoachingBackend.Programs.Reminders;

/// <summary>Keeps the client's notification feed inline, one document per reminder or challenge notification sent.</summary>
public sealed partial class NotificationRecordProjection : MultiStreamProjection<NotificationRecord, Guid>
{
    public NotificationRecordProjection()
    {
        Identity<ActivityReminded>(e => e.NotificationId);
        Identity<ChallengeNotificationSent>(e => e.NotificationId);
        Identity<NotificationRead>(e => e.NotificationId);
    }

    public static NotificationRecord Create(ActivityReminded e) => new()
    {
        Id = e.NotificationId, ClientId = e.ClientId, ClientProgrammeId = e.ClientProgrammeId, ActivityId = e.ActivityId, Title = e.Title,
        On = e.On, RemindAt = e.RemindAt, Week = ReminderTimes.WeekOf(e.On), SentAt = e.At,
    };

    public static NotificationRecord Create(ChallengeNotificationSent e) => new()
    {
        Id = e.NotificationId, ClientId = e.ClientId, Kind = NotificationKind.ChallengeReached, ChallengeId = e.ChallengeId, Title = e.Title,
        On = e.On, Week = ReminderTimes.WeekOf(e.On), SentAt = e.At,
    };

    public static void Apply(NotificationRead e, NotificationRecord n) => n.ReadAt ??= e.At;
}
