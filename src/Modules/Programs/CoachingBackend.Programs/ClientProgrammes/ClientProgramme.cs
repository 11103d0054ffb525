using CoachingBackend.Programs.ClientProgrammes.Doing;
using CoachingBackend.Programs.ClientProgrammes.HearingService;
using CoachingBackend.Programs.ClientProgrammes.MovingVersion;
using CoachingBackend.Programs.ClientProgrammes.Rescheduling;
using CoachingBackend.Programs.ClientProgrammes.Skipping;
using CoachingBackend.Programs.ClientProgrammes.Starting;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Reminders.Sending;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>
/// The write model of a client's own programme, what its deciders judge: the version and themes, whether it runs,
/// and its dated activities. Kept as an inline snapshot (ADR 15).
/// </summary>
public sealed class ClientProgramme
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid ClientId { get; set; }
    public Guid ProgrammeId { get; set; }
    public int ProgrammeVersion { get; set; }
    public IReadOnlyList<Theme> Themes { get; set; } = [];
    public DateOnly StartsOn { get; set; }
    public string TimeZone { get; set; } = "";
    public ClientProgrammeStatus Status { get; set; }
    public IReadOnlyList<PausePeriod> Pauses { get; set; } = [];
    public IReadOnlyList<CalendarActivity> Activities { get; set; } = [];

    /// <summary>The last time-out's activities have been shifted out of it since it ended.</summary>
    public bool RescheduledSinceLastPause { get; set; }

    public PausePeriod? LastPause => Pauses.Count > 0 ? Pauses[^1] : null;

    public static ClientProgramme Create(ClientProgrammeStarted e) => new()
    {
        Id = e.ClientProgrammeId, ClientId = e.ClientId, ProgrammeId = e.ProgrammeId, ProgrammeVersion = e.Version,
        Themes = e.Themes, StartsOn = e.StartsOn, TimeZone = e.TimeZone, Activities = e.Activities,
    };

    public void Apply(ClientProgrammePaused e)
    {
        Status = ClientProgrammeStatus.Paused;
        Pauses = [.. Pauses, new PausePeriod(e.From, null)];
        RescheduledSinceLastPause = false;
    }

    public void Apply(ClientProgrammeResumed e)
    {
        Status = ClientProgrammeStatus.Running;
        Pauses = [.. Pauses.SkipLast(1), Pauses[^1] with { Until = e.On }];
    }

    public void Apply(ClientProgrammeEnded e) => Status = ClientProgrammeStatus.Ended;

    public void Apply(ClientProgrammeRescheduled e)
    {
        Activities = ClientCalendar.Shift(Activities, e.Days, e.From);
        RescheduledSinceLastPause = true;
    }

    public void Apply(ClientProgrammeMovedToVersion e)
    {
        ProgrammeVersion = e.ToVersion;
        Activities = e.Activities;
    }

    public void Apply(CalendarActivityDone e) => Activities = ClientCalendar.MarkDone(Activities, e.ActivityId, e.EntryId, e.At);

    public void Apply(CalendarActivitySkipped e) => Activities = ClientCalendar.MarkSkipped(Activities, e.ActivityId, e.At);

    public void Apply(ActivityReminded e) => Activities = ClientCalendar.MarkReminded(Activities, e.ActivityId, e.At);

    public void Apply(ActivityReminderWithheld e) => Activities = ClientCalendar.MarkReminded(Activities, e.ActivityId, e.At);
}
