using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Programs.ClientProgrammes;
using CoachingBackend.Programs.ClientProgrammes.Calendar;
using CoachingBackend.Programs.ClientProgrammes.Doing;
using CoachingBackend.Programs.ClientProgrammes.HearingService;
using CoachingBackend.Programs.ClientProgrammes.MovingVersion;
using CoachingBackend.Programs.ClientProgrammes.Rescheduling;
using CoachingBackend.Programs.ClientProgrammes.Starting;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Programmes;
using FluentValidation;

namespace CoachingBackend.UnitTests.Programs;

/// <summary>Given a client and a released programme version, when the coach starts, reschedules or moves it, then these events.</summary>
public sealed class ClientProgrammeDecisionTests
{
    private const string Helsinki = "Europe/Helsinki";
    // Wednesday 4 November 2026, 10:00 in Helsinki.
    private static readonly DateTimeOffset Now = new(2026, 11, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClientId = Guid.CreateVersion7();
    private static readonly Guid ProgrammeId = Guid.CreateVersion7();
    private static readonly Guid Id = Guid.CreateVersion7();

    private static KnownClient ActiveClient() => new()
    {
        Id = ClientId, CoachUserId = "coach-a", Status = ServiceStatus.Active, ActivatedAt = Now.AddDays(-2),
        ServiceEndsOn = new DateOnly(2027, 11, 2),
    };

    /// <summary>Three themes over twelve weeks: exercise Mon and Thu every week, sleep on Sundays every week, recovery once.</summary>
    private static ProgrammeVersionRecord Version(int number = 1, bool released = true, params PublishedActivity[] extra) => new()
    {
        Id = ProgrammeVersionRecord.IdOf(ProgrammeId, number), ProgrammeId = ProgrammeId, Number = number, Name = "Move and rest",
        LengthWeeks = 12, Themes = [Theme.Exercise, Theme.Sleep, Theme.Recovery],
        Activities =
        [
            new("walk", "A brisk walk", Theme.Exercise, ActivityKind.ExerciseSession, new ActivityTiming(1, 1, 12), null, new TimeOnly(17, 0)),
            new("gym", "Strength at the gym", Theme.Exercise, ActivityKind.ExerciseSession, new ActivityTiming(1, 4, 12), null, null),
            new("sleep-diary", "Sleep diary", Theme.Sleep, ActivityKind.Reflection, new ActivityTiming(1, 7, 12), null, null),
            new("rest-day", "A day of rest", Theme.Recovery, ActivityKind.Task, new ActivityTiming(3, 6), null, null),
            .. extra,
        ],
        SharedWithCoachesAt = Now.AddDays(-10), ReleasedToClientsAt = released ? Now.AddDays(-9) : null,
    };

    private static StartClientProgramme Start(DateOnly? on, params Theme[] themes) =>
        new StartClientProgramme(ProgrammeId, null, themes, on).For<StartClientProgramme>(ClientId, null);

    private static ClientProgramme Started(DateOnly on, params Theme[] themes)
    {
        var decision = StartClientProgramme.Decide(Id, Start(on, themes), ActiveClient(), Version(), Helsinki, Contexts.As("coach-a", Now));
        var programme = ClientProgramme.Create((ClientProgrammeStarted)decision.Events.Single());
        programme.Version = 1;
        return programme;
    }

    [Fact]
    public void Only_the_chosen_themes_are_planned_each_activity_on_its_weekday_of_its_week()
    {
        var programme = Started(new DateOnly(2026, 11, 4), Theme.Exercise, Theme.Sleep);

        Assert.Equal(36, programme.Activities.Count); // 12 walks + 12 gym sessions + 12 sleep diaries, no rest day
        Assert.DoesNotContain(programme.Activities, a => a.Theme == Theme.Recovery);
        // Week 1 is Wed 4 Nov – Tue 10 Nov: Thursday 5, Sunday 8, Monday 9.
        Assert.Equal([new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 8), new DateOnly(2026, 11, 9)],
            programme.Activities.Where(a => a.Week == 1).Select(a => a.On));
        Assert.Equal(new DateOnly(2027, 1, 25), programme.Activities.Single(a => a is { Key: "walk", Week: 12 }).On);
        Assert.Equal(36, programme.Activities.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Starting_publishes_a_journey_entry_with_its_source()
    {
        var decision = StartClientProgramme.Decide(Id, Start(new DateOnly(2026, 11, 9), Theme.Sleep), ActiveClient(), Version(), Helsinki,
            Contexts.As("coach-a", Now));

        var entry = Assert.IsType<JourneyEntryContributed>(decision.IntegrationEvents.Single());
        Assert.Equal(("programs", "programme-started", Id, 1L, false), (entry.Module, entry.Kind, entry.SourceStream, entry.SourceVersion, entry.IsClientsOwnDoing));
        Assert.Equal("Programme \"Move and rest\" (version 1) started on 2026-11-09: sleep; 12 activities.", entry.Summary);
    }

    [Fact]
    public void A_theme_the_programme_does_not_offer_is_refused_by_field()
    {
        var refusal = Assert.Throws<ValidationException>(() => StartClientProgramme.Decide(Id, Start(null, Theme.Sleep, Theme.Eating),
            ActiveClient(), Version(), Helsinki, Contexts.As("coach-a", Now)));
        Assert.Equal("themes", refusal.Errors.Single().PropertyName);
    }

    [Theory]
    [InlineData(ServiceStatus.Referred, "client-not-active")]
    [InlineData(ServiceStatus.OnTimeOut, "client-not-active")]
    [InlineData(ServiceStatus.Left, "journey-closed")]
    public void Only_an_active_client_gets_a_programme(ServiceStatus status, string rule)
    {
        var client = ActiveClient();
        client.Status = status;
        var refusal = Assert.Throws<DomainRuleException>(() =>
            StartClientProgramme.Decide(Id, Start(null, Theme.Sleep), client, Version(), Helsinki, Contexts.As("coach-a", Now)));
        Assert.Equal(rule, refusal.Rule);
    }

    [Fact]
    public void A_version_not_released_to_clients_and_a_start_before_activation_are_refused()
    {
        Assert.Equal("programme-version-not-released", Assert.Throws<DomainRuleException>(() => StartClientProgramme.Decide(Id,
            Start(null, Theme.Sleep), ActiveClient(), Version(released: false), Helsinki, Contexts.As("coach-a", Now))).Rule);
        Assert.Equal("programme-start-before-activation", Assert.Throws<DomainRuleException>(() => StartClientProgramme.Decide(Id,
            Start(new DateOnly(2026, 11, 1), Theme.Sleep), ActiveClient(), Version(), Helsinki, Contexts.As("coach-a", Now))).Rule);
    }

    [Fact]
    public void A_time_out_pauses_and_rescheduling_after_it_moves_what_was_not_done_out_of_it()
    {
        var programme = Started(new DateOnly(2026, 11, 4), Theme.Sleep);
        var timeOutAt = new DateTimeOffset(2026, 11, 10, 8, 0, 0, TimeSpan.Zero);
        var paused = ClientTimeOutStartedHandler.Decide(programme, new ClientTimeOutStarted("vantaa", ClientId, new DateOnly(2026, 12, 1), timeOutAt),
            Contexts.As("system:programs", timeOutAt));
        programme.Apply((ClientProgrammePaused)paused.Events.Single());
        Assert.Equal(ClientProgrammeStatus.Paused, programme.Status);
        Assert.Equal("programme-not-running", Assert.Throws<DomainRuleException>(() =>
            RescheduleClientProgramme.Decide(programme, Reschedule(14), Contexts.As("coach-a", timeOutAt))).Rule);

        var resumedAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        programme.Apply((ClientProgrammeResumed)ClientServiceResumedHandler.Decide(programme,
            new ClientServiceResumed("vantaa", ClientId, resumedAt), Contexts.As("system:programs", resumedAt)).Events.Single());
        var rescheduled = (ClientProgrammeRescheduled)RescheduleClientProgramme.Decide(programme, Reschedule(14),
            Contexts.As("coach-a", resumedAt)).Events.Single();
        programme.Apply(rescheduled);

        Assert.Equal(new DateOnly(2026, 11, 10), rescheduled.From);
        // Sleep diaries fall on Sundays: 8 Nov stays (before the time-out), 15 Nov moves to 29 Nov.
        Assert.Equal([new DateOnly(2026, 11, 8), new DateOnly(2026, 11, 29), new DateOnly(2026, 12, 6)],
            programme.Activities.Take(3).Select(a => a.On));
    }

    [Fact]
    public void A_repeated_time_out_message_changes_nothing()
    {
        var programme = Started(new DateOnly(2026, 11, 4), Theme.Sleep);
        var timeOut = new ClientTimeOutStarted("vantaa", ClientId, new DateOnly(2026, 12, 1), Now);
        programme.Apply((ClientProgrammePaused)ClientTimeOutStartedHandler.Decide(programme, timeOut, Contexts.As("system", Now)).Events.Single());

        Assert.True(ClientTimeOutStartedHandler.Decide(programme, timeOut, Contexts.As("system", Now)).IsEmpty);
    }

    [Fact]
    public void Moving_to_a_newer_version_keeps_what_was_done()
    {
        var programme = Started(new DateOnly(2026, 11, 4), Theme.Exercise);
        var walk = programme.Activities.Single(a => a is { Key: "walk", Week: 1 });
        programme.Apply(new CalendarActivityDone(Id, ClientId, walk.Id, Guid.CreateVersion7(), Now));
        var v2 = Version(2, true, new PublishedActivity("stretch", "Stretching", Theme.Exercise, ActivityKind.ExerciseSession,
            new ActivityTiming(1, 2, 12), null, null));
        v2.Activities = [.. v2.Activities.Where(a => a.Key != "walk")];

        var moved = (ClientProgrammeMovedToVersion)MoveClientProgrammeToVersion.Decide(programme, Move(2), v2,
            Contexts.As("coach-a", Now)).Events.Single();

        Assert.Equal((1, 2), (moved.FromVersion, moved.ToVersion));
        Assert.Equal(25, moved.Activities.Count); // 12 gym + 12 stretching + the walk already done
        Assert.Equal(walk.Id, Assert.Single(moved.Activities, a => a.IsDone).Id);
        Assert.Equal("programme-version-not-newer", Assert.Throws<DomainRuleException>(() =>
            MoveClientProgrammeToVersion.Decide(programme, Move(1), Version(), Contexts.As("coach-a", Now))).Rule);
    }

    [Fact]
    public void A_day_in_a_time_out_shows_paused_a_passed_day_missed_today_due()
    {
        var record = new ClientProgrammeRecord { Pauses = [new PausePeriod(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 20))] };
        CalendarActivity On(int day) => new(Guid.NewGuid(), "k", 1, new DateOnly(2026, 11, day), "t", Theme.Sleep, ActivityKind.Task, null, null);
        var today = new DateOnly(2026, 11, 22);

        Assert.Equal(ActivityState.Missed, GetCalendar.StateOf(On(9), record, today));
        Assert.Equal(ActivityState.Paused, GetCalendar.StateOf(On(10), record, today));
        Assert.Equal(ActivityState.Missed, GetCalendar.StateOf(On(20), record, today));
        Assert.Equal(ActivityState.Due, GetCalendar.StateOf(On(22), record, today));
        Assert.Equal(ActivityState.Upcoming, GetCalendar.StateOf(On(23), record, today));
        Assert.Equal(ActivityState.Done, GetCalendar.StateOf(On(9) with { DoneAt = Now }, record, today));
    }

    private static RescheduleClientProgramme Reschedule(int days) =>
        new RescheduleClientProgramme(days, null).For<RescheduleClientProgramme>(ClientId, Id, null);

    private static MoveClientProgrammeToVersion Move(int version) =>
        new MoveClientProgrammeToVersion(version).For<MoveClientProgrammeToVersion>(ClientId, Id, null);
}
