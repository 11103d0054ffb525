using CoachingBackend.Programs.ClientProgrammes.Doing;
using CoachingBackend.Programs.ClientProgrammes.HearingService;
using CoachingBackend.Programs.ClientProgrammes.MovingVersion;
using CoachingBackend.Programs.ClientProgrammes.Rescheduling;
using CoachingBackend.Programs.ClientProgrammes.Skipping;
using CoachingBackend.Programs.ClientProgrammes.Starting;
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
    };

    public static void Apply(ClientProgrammePaused e, ClientProgrammeRecord r)
    {
        r.Status = ClientProgrammeStatus.Paused;
        r.Pauses = [.. r.Pauses, new PausePeriod(e.From, null)];
        r.LastChangedAt = e.At;
    }

    public static void Apply(ClientProgrammeResumed e, ClientProgrammeRecord r)
    {
        r.Status = ClientProgrammeStatus.Running;
        r.Pauses = [.. r.Pauses.SkipLast(1), r.Pauses[^1] with { Until = e.On }];
        r.LastChangedAt = e.At;
    }

    public static void Apply(ClientProgrammeEnded e, ClientProgrammeRecord r)
    {
        r.Status = ClientProgrammeStatus.Ended;
        r.EndedOn = e.On;
        r.LastChangedAt = e.At;
    }

    public static void Apply(ClientProgrammeRescheduled e, ClientProgrammeRecord r)
    {
        r.Activities = ClientCalendar.Shift(r.Activities, e.Days, e.From);
        r.LastChangedAt = e.At;
    }

    public static void Apply(ClientProgrammeMovedToVersion e, ClientProgrammeRecord r)
    {
        r.ProgrammeVersion = e.ToVersion;
        r.Activities = e.Activities;
        r.LastChangedAt = e.At;
    }

    public static void Apply(CalendarActivityDone e, ClientProgrammeRecord r)
    {
        r.Activities = ClientCalendar.MarkDone(r.Activities, e.ActivityId, e.EntryId, e.At);
        r.LastChangedAt = e.At;
    }

    public static void Apply(CalendarActivitySkipped e, ClientProgrammeRecord r)
    {
        r.Activities = ClientCalendar.MarkSkipped(r.Activities, e.ActivityId, e.At);
        r.LastChangedAt = e.At;
    }
}
