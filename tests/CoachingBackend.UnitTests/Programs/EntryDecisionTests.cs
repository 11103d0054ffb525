using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Pipeline;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Entries;
using CoachingBackend.Programs.Entries.Commenting;
using CoachingBackend.Programs.Entries.Recording;
using CoachingBackend.Programs.Settings.Changing;
using FluentValidation;

namespace CoachingBackend.UnitTests.Programs;

/// <summary>Given a client and their entry, when they record or someone comments, then these events (or this refusal).</summary>
public sealed class EntryDecisionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClientId = Guid.CreateVersion7();
    private static readonly Guid EntryId = Guid.CreateVersion7();
    private static readonly KnownClient Aino = new() { Id = ClientId, CoachUserId = "coach-anna", Status = ServiceStatus.Active };
    // Field errors named as the API names them (measurement.value), as in the running API.

    private static RecordEntry.Validator Rules => new(new FixedClock(Monday));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static RecordEntry Entry(string kind, string? text = null, int? mood = null, MeasurementInput? measurement = null,
        Guid? calendarActivityId = null, DateTimeOffset? occurredAt = null) =>
        new(Enum.Parse<EntryKind>(kind, ignoreCase: true), text, mood, measurement, occurredAt, calendarActivityId);

    private static string[] Refused(RecordEntry entry) =>
        [.. Rules.Validate(entry).Errors.Select(e => e.PropertyName).Distinct().Order()];

    public static TheoryData<RecordEntry> ValidEntries() =>
    [
        Entry("ActivityDone", calendarActivityId: Guid.CreateVersion7()),
        Entry("Note", "Slept badly, walked anyway."),
        Entry("Mood", mood: 1), Entry("Mood", mood: 5, text: "A good day."),
        Entry("Measurement", measurement: new(MeasurementKind.Weight, 20m, null, null)),
        Entry("Measurement", measurement: new(MeasurementKind.Weight, 400m, null, null)),
        Entry("Measurement", measurement: new(MeasurementKind.Waist, 92.5m, null, null)),
        Entry("Measurement", measurement: new(MeasurementKind.BloodPressure, null, 132, 84)),
    ];

    [Theory]
    [MemberData(nameof(ValidEntries))]
    public void Each_kind_with_its_own_fields_in_range_is_valid(RecordEntry entry) => Assert.Empty(Refused(entry));

    public static TheoryData<RecordEntry, string> InvalidEntries() => new()
    {
        { Entry("ActivityDone"), "calendarActivityId" },
        { Entry("Note"), "text" },
        { Entry("Note", "  "), "text" },
        { Entry("Note", "n", calendarActivityId: Guid.CreateVersion7()), "calendarActivityId" },
        { Entry("Mood"), "mood" },
        { Entry("Mood", mood: 0), "mood" },
        { Entry("Mood", mood: 6), "mood" },
        { Entry("Note", "n", mood: 3), "mood" },
        { Entry("Measurement"), "measurement" },
        { Entry("Mood", mood: 3, measurement: new(MeasurementKind.Weight, 80m, null, null)), "measurement" },
        { Entry("Measurement", measurement: new(null, 80m, null, null)), "measurement.kind" },
        { Entry("Measurement", measurement: new(MeasurementKind.Weight, 19.9m, null, null)), "measurement.value" },
        { Entry("Measurement", measurement: new(MeasurementKind.Weight, 400.1m, null, null)), "measurement.value" },
        { Entry("Measurement", measurement: new(MeasurementKind.Weight, null, null, null)), "measurement.value" },
        { Entry("Measurement", measurement: new(MeasurementKind.Waist, 29m, null, null)), "measurement.value" },
        { Entry("Measurement", measurement: new(MeasurementKind.Waist, 301m, null, null)), "measurement.value" },
        { Entry("Measurement", measurement: new(MeasurementKind.Weight, 80m, 120, null)), "measurement.systolic" },
        { Entry("Measurement", measurement: new(MeasurementKind.BloodPressure, 120m, 120, 80)), "measurement.value" },
        { Entry("Measurement", measurement: new(MeasurementKind.BloodPressure, null, 59, 40)), "measurement.systolic" },
        { Entry("Measurement", measurement: new(MeasurementKind.BloodPressure, null, 261, 90)), "measurement.systolic" },
        { Entry("Measurement", measurement: new(MeasurementKind.BloodPressure, null, 120, 29)), "measurement.diastolic" },
        { Entry("Measurement", measurement: new(MeasurementKind.BloodPressure, null, 170, 161)), "measurement.diastolic" },
        { Entry("Measurement", measurement: new(MeasurementKind.BloodPressure, null, 80, 80)), "measurement.systolic" },
        { Entry("Measurement", measurement: new(MeasurementKind.BloodPressure, null, null, 80)), "measurement.systolic" },
        { Entry("Mood", mood: 3, occurredAt: Monday.AddHours(1)), "occurredAt" },
    };

    [Theory]
    [MemberData(nameof(InvalidEntries))]
    public void A_field_missing_out_of_range_or_foreign_to_the_kind_is_refused_by_name(RecordEntry entry, string field) =>
        Assert.Equal([field], Refused(entry));

    [Fact]
    public void A_recorded_mood_is_the_clients_own_doing_in_the_journey_with_a_summary_and_its_source()
    {
        var decision = RecordEntry.Decide(EntryId, Entry("Mood", mood: 4, text: " Tired but glad. "), Aino, CalendarActivityCheck.NotChecked,
            Contexts.As(ClientId.ToString(), Monday, Roles.Client));

        var recorded = Assert.IsType<EntryRecorded>(Assert.Single(decision.Events));
        Assert.Equal(new EntryRecorded(EntryId, ClientId, EntryKind.Mood, "Tired but glad.", 4, null, null, Monday, ClientId.ToString(), Monday), recorded);
        var journey = Assert.IsType<JourneyEntryContributed>(Assert.Single(decision.IntegrationEvents));
        Assert.Equal(new JourneyEntryContributed("vantaa", ClientId, "programs", "entry-recorded", "Mood 4/5", EntryId, 1, Monday, true), journey);
    }

    [Theory]
    [InlineData(MeasurementKind.Weight, "82.50", null, null, "Weight 82.5 kg")]
    [InlineData(MeasurementKind.Waist, "90", null, null, "Waist 90 cm")]
    [InlineData(MeasurementKind.BloodPressure, null, 132, 84, "Blood pressure 132/84 mmHg")]
    public void A_measurements_summary_names_the_figure_but_never_the_clients_words(MeasurementKind kind, string? value, int? systolic,
        int? diastolic, string summary)
    {
        var measurement = new MeasurementInput(kind, value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), systolic, diastolic);
        var decision = RecordEntry.Decide(EntryId, Entry("Measurement", "Private words", measurement: measurement), Aino,
            CalendarActivityCheck.NotChecked, Contexts.As(ClientId.ToString(), Monday, Roles.Client));

        Assert.Equal(summary, Assert.IsType<JourneyEntryContributed>(Assert.Single(decision.IntegrationEvents)).Summary);
    }

    [Fact]
    public void An_activity_done_that_is_not_of_the_clients_calendar_is_refused_naming_the_activity()
    {
        var refused = Assert.Throws<ValidationException>(() => RecordEntry.Decide(EntryId, Entry("ActivityDone", calendarActivityId: Guid.CreateVersion7()),
            Aino, CalendarActivityCheck.NotTheClients, Contexts.As(ClientId.ToString(), Monday, Roles.Client)));
        Assert.Equal("calendarActivityId", Assert.Single(refused.Errors).PropertyName);
    }

    [Fact]
    public void A_client_who_has_left_the_service_records_no_more_entries()
    {
        var left = new KnownClient { Id = ClientId, CoachUserId = "coach-anna", Status = ServiceStatus.Left };
        var refused = Assert.Throws<DomainRuleException>(() => RecordEntry.Decide(EntryId, Entry("Mood", mood: 3), left,
            CalendarActivityCheck.NotChecked, Contexts.As(ClientId.ToString(), Monday, Roles.Client)));
        Assert.Equal(ClientProblems.JourneyClosedRule, refused.Rule);
    }

    private static readonly Entry Recorded = new(EntryId, ClientId, 1);

    [Fact]
    public void The_responsible_coachs_comment_is_the_next_version_of_the_entry_in_the_journey_not_the_clients_doing()
    {
        var decision = CommentOnEntry.Decide(Recorded with { Version = 2 }, new CommentOnEntry(" Well done! "), Aino, Contexts.As("coach-anna", Monday));

        var commented = Assert.IsType<EntryCommented>(Assert.Single(decision.Events));
        Assert.Equal((EntryId, ClientId, CommentAuthor.Coach, "coach-anna", "Well done!", Monday),
            (commented.EntryId, commented.ClientId, commented.Author, commented.By, commented.Text, commented.At));
        Assert.Equal(new JourneyEntryContributed("vantaa", ClientId, "programs", "entry-commented", "Coach commented on an entry", EntryId, 3,
            Monday, false), Assert.Single(decision.IntegrationEvents));
    }

    [Fact]
    public void The_clients_reply_counts_as_their_own_doing()
    {
        var decision = CommentOnEntry.Decide(Recorded, new CommentOnEntry("Thanks!"), Aino, Contexts.As(ClientId.ToString(), Monday, Roles.Client));

        Assert.Equal(CommentAuthor.Client, Assert.IsType<EntryCommented>(Assert.Single(decision.Events)).Author);
        Assert.True(Assert.IsType<JourneyEntryContributed>(Assert.Single(decision.IntegrationEvents)).IsClientsOwnDoing);
    }

    [Theory]
    [InlineData("coach-bertta", Roles.Coach)]
    [InlineData("someone-else", Roles.Client)]
    public void Another_coach_or_another_client_may_not_comment(string userId, string role) =>
        Assert.Throws<ForbiddenException>(() => CommentOnEntry.Decide(Recorded, new CommentOnEntry("Hi"), Aino, Contexts.As(userId, Monday, role)));

    [Fact]
    public void No_coach_comments_for_a_client_without_a_responsible_coach_except_an_org_admin()
    {
        var unassigned = new KnownClient { Id = ClientId, Status = ServiceStatus.Referred };
        Assert.Throws<ForbiddenException>(() => CommentOnEntry.Decide(Recorded, new CommentOnEntry("Hi"), unassigned, Contexts.As("coach-anna", Monday)));
        Assert.Single(CommentOnEntry.Decide(Recorded, new CommentOnEntry("Hi"), unassigned, Contexts.As("admin-1", Monday, Roles.OrgAdmin)).Events);
    }

    [Theory]
    [InlineData("Europe/Helsinki", 3, true)]
    [InlineData("America/New_York", 0, true)]
    [InlineData("Europe/Helsinki", 14, true)]
    [InlineData("Europe/Helsinki", 15, false)]
    [InlineData("Europe/Helsinky", 3, false)]
    [InlineData("", 3, false)]
    public void Programme_settings_take_an_iana_time_zone_and_up_to_fourteen_reminders_a_week(string zone, int reminders, bool valid) =>
        Assert.Equal(valid, new ChangeProgramsSettings.Validator().Validate(new ChangeProgramsSettings(zone, reminders)).IsValid);
}
