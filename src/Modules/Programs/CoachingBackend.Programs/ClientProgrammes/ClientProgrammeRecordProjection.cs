using CoachingBackend.Programs.ClientProgrammes.Doing;
using CoachingBackend.Programs.ClientProgrammes.HearingService;
using CoachingBackend.Programs.ClientProgrammes.MovingVersion;
using CoachingBackend.Programs.ClientProgrammes.Rescheduling;
using CoachingBackend.Programs.ClientProgrammes.Skipping;
using CoachingBackend.Programs.ClientProgrammes.Starting;
using CoachingBackend.Programs.Reminders;
using CoachingBackend.Programs.Reminders.Reading;
using CoachingBackend.Programs.Reminders.Sending;
using Marten.Events.Aggregation;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>Keeps <see cref="ClientProgrammeRecord"/> inline, with the same calendar rules as the write model.</summary>
public sealed partial class ClientProgrammeRecordProjection : SingleStreamProjection<ClientProgrammeRecord, Guid>
{
    public static ClientProgrammeRecord Create(ClientProgrammeStarted e) => new()
    {
        Id = e.ClientProgrammeId, ClientId = e.ClientId, ProgrammeId = e.ProgrammeId, ProgrammeName = e.ProgrammeName,
        ProgrammeVersion = e.Version, Themes = e.Themes, StartsOn = e.StartsOn, TimeZone = e.TimeZone, Activities = e.Activities,
        StartedBy = e.StartedBy, StartedAt = e.StartedAt, LastChangedAt = e.StartedAt,
        NextReminderAt = ReminderTimes.Next(ClientProgrammeStatus.Running, e.Activities, e.TimeZone),
    };

    public static void Apply(ClientProgrammePaused e, ClientProgrammeRecord r)
    {
        r.Status = ClientProgrammeStatus.Paused;
        r.Pauses = [.. r.Pauses, new PausePeriod(e.From, null)];
        Changed(r, e.At);
    }

    public static void Apply(ClientProgrammeResumed e, ClientProgrammeRecord r)
    {
        r.Status = ClientProgrammeStatus.Running;
        r.Pauses = [.. r.Pauses.SkipLast(1), r.Pauses[^1] with { Until = e.On }];
        Changed(r, e.At);
    }

    public static void Apply(ClientProgrammeEnded e, ClientProgrammeRecord r)
    {
        r.Status = ClientProgrammeStatus.Ended;
        r.EndedOn = e.On;
        Changed(r, e.At);
    }

    public static void Apply(ClientProgrammeRescheduled e, ClientProgrammeRecord r)
    {
        r.Activities = ClientCalendar.Shift(r.Activities, e.Days, e.From);
        Changed(r, e.At);
    }

    public static void Apply(ClientProgrammeMovedToVersion e, ClientProgrammeRecord r)
    {
        r.ProgrammeVersion = e.ToVersion;
        r.Activities = e.Activities;
        Changed(r, e.At);
    }

    public static void Apply(CalendarActivityDone e, ClientProgrammeRecord r)
    {
        r.Activities = ClientCalendar.MarkDone(r.Activities, e.ActivityId, e.EntryId, e.At);
        Changed(r, e.At);
    }

    public static void Apply(CalendarActivitySkipped e, ClientProgrammeRecord r)
    {
        r.Activities = ClientCalendar.MarkSkipped(r.Activities, e.ActivityId, e.At);
        Changed(r, e.At);
    }

    public static void Apply(ActivityReminded e, ClientProgrammeRecord r)
    {
        r.Activities = ClientCalendar.MarkReminded(r.Activities, e.ActivityId, e.At);
        Changed(r, e.At);
    }

    public static void Apply(ActivityReminderWithheld e, ClientProgrammeRecord r)
    {
        r.Activities = ClientCalendar.MarkReminded(r.Activities, e.ActivityId, e.At);
        Changed(r, e.At);
    }

    public static void Apply(NotificationRead e, ClientProgrammeRecord r) => r.LastChangedAt = e.At;

    /// <summary>Every change may move the next reminder (a pause, a shift, an activity done).</summary>
    private static void Changed(ClientProgrammeRecord r, DateTimeOffset at)
    {
        r.LastChangedAt = at;
        r.NextReminderAt = ReminderTimes.Next(r.Status, r.Activities, r.TimeZone);
    }
}
