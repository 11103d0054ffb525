using CoachingBackend.BuildingBlocks.Modules;
using CoachingBackend.Programs.ClientProgrammes;
using CoachingBackend.Programs.ClientProgrammes.Calendar;
using CoachingBackend.Programs.ClientProgrammes.Doing;
using CoachingBackend.Programs.ClientProgrammes.HearingService;
using CoachingBackend.Programs.ClientProgrammes.Listing;
using CoachingBackend.Programs.ClientProgrammes.MovingVersion;
using CoachingBackend.Programs.ClientProgrammes.Rescheduling;
using CoachingBackend.Programs.ClientProgrammes.Skipping;
using CoachingBackend.Programs.ClientProgrammes.Starting;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Entries.Commenting;
using CoachingBackend.Programs.Entries.Getting;
using CoachingBackend.Programs.Entries.Listing;
using CoachingBackend.Programs.Entries.Recording;
using CoachingBackend.Programs.Entries;
using CoachingBackend.Programs.Programmes.Browsing;
using CoachingBackend.Programs.Programmes.Drafting;
using CoachingBackend.Programs.Programmes.EditingDraft;
using CoachingBackend.Programs.Programmes.Publishing;
using CoachingBackend.Programs.Programmes.Reviewing;
using CoachingBackend.Programs.Programmes;
using CoachingBackend.Programs.Settings.Changing;
using CoachingBackend.Programs.Settings.Getting;
using CoachingBackend.Programs.Reminders;
using CoachingBackend.Programs.Reminders.Listing;
using CoachingBackend.Programs.Reminders.Reading;
using CoachingBackend.Programs.Reminders.Sending;
using CoachingBackend.Programs.Materials;
using CoachingBackend.Programs.Materials.Adding;
using CoachingBackend.Programs.Materials.Browsing;
using CoachingBackend.Programs.Materials.Retiring;
using CoachingBackend.Programs.Materials.Revising;
using CoachingBackend.Programs.Challenges;
using CoachingBackend.Programs.Challenges.Listing;
using CoachingBackend.Programs.Challenges.Setting;
using CoachingBackend.Programs.Measurements;
using CoachingBackend.Programs.Measurements.Ingesting;
using CoachingBackend.Programs.Measurements.PreferringSources;
using CoachingBackend.Programs.Measurements.Reading;
using JasperFx.Events;
using CoachingBackend.Programs.Settings;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.Programs;

/// <summary>
/// Programs, the heart of the coaching year: the organisation's material bank, calendar programmes published to coaches
/// first and then to clients, each client's own programme and calendar, entries with coach comments, and reminders.
/// </summary>
public sealed class ProgramsModule : IModule
{
    public string Name => "Programs";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddHostedService<ReminderScanner>();

    public void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Add<KnownClientProjection>(ProjectionLifecycle.Inline);
        // Its own table: ReadinessAssessment's KnownClient would otherwise take the same default alias.
        // Numeric revisions, as the table had when an aggregation kept it: an existing database needs no migration.
        options.Schema.For<KnownClient>().DocumentAlias("programs_known_client").Index(c => c.CoachUserId).UseNumericRevisions(true);

        options.Events.AddEventTypes([typeof(EntryRecorded), typeof(EntryCommented), typeof(ProgramsSettingsChanged)]);
        // Write models as inline snapshots, like every module's: a command loads one document.
        options.Projections.Snapshot<Entry>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<ProgramsRules>(SnapshotLifecycle.Inline);
        options.Projections.Add<EntryRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<EntryRecord>().Index(e => e.ClientId).Index(e => e.AwaitsCoachComment);
        options.Projections.Add<ProgramsSettingsRecordProjection>(ProjectionLifecycle.Inline);

        options.Events.AddEventTypes([
            typeof(ClientProgrammeStarted), typeof(ClientProgrammePaused), typeof(ClientProgrammeResumed), typeof(ClientProgrammeEnded),
            typeof(ClientProgrammeRescheduled), typeof(ClientProgrammeMovedToVersion), typeof(CalendarActivityDone), typeof(CalendarActivitySkipped),
            typeof(ActivityReminded), typeof(ActivityReminderWithheld), typeof(NotificationRead),
        ]);
        options.Projections.Snapshot<ClientProgramme>(SnapshotLifecycle.Inline);
        options.Projections.Add<ClientProgrammeRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ClientProgrammeRecord>().Index(p => p.ClientId).Index(p => p.NextReminderAt);
        options.Projections.Add<NotificationRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<NotificationRecord>().Index(n => n.ClientId);
        // The material bank: one stream per item, its write model an inline snapshot (a command loads one document).
        options.Events.AddEventTypes([typeof(MaterialAdded), typeof(MaterialContentRevised), typeof(MaterialRetiredFromUse)]);
        options.Projections.Snapshot<Material>(SnapshotLifecycle.Inline);
        options.Projections.Add<MaterialRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<MaterialRevisionRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<MaterialRecord>().Index(m => m.Title)
            .FullTextIndex(SearchMaterials.TextSearchConfig, m => m.SearchText);
        options.Schema.For<MaterialRevisionRecord>().Index(r => r.MaterialId);
        // Programme templates: a stream per template, a review stream per shared version.
        options.Events.AddEventTypes([
            typeof(ProgrammeDrafted), typeof(ProgrammeDraftEdited), typeof(ProgrammeSharedWithCoaches),
            typeof(ProgrammeReleasedToClients), typeof(ProgrammeReviewCommentLeft),
        ]);
        options.Projections.Snapshot<Programme>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<ProgrammeReview>(SnapshotLifecycle.Inline);
        options.Projections.Add<ProgrammeRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<ProgrammeVersionRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<ProgrammeReviewRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ProgrammeRecord>().Index(p => p.AuthorUserId).Index(p => p.DraftedAt);
        options.Schema.For<ProgrammeVersionRecord>().Index(v => v.ProgrammeId);
        // Wearable data (docs/adr/0018-wearable-measurements.md): one stream per client with one event per batch; the raw
        // items and the per-day figures are documents keyed by their natural keys, read by index ranges on real columns.
        options.Events.AddEventTypes([
            typeof(MeasurementsSynced), typeof(MeasurementSourcesPreferred), typeof(ChallengeSet), typeof(ChallengeReached),
            typeof(ChallengeNotificationSent),
        ]);
        options.Projections.Snapshot<ClientMeasurements>(SnapshotLifecycle.Inline);
        options.Projections.Add<ClientMeasurementsRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<MeasurementItem>().DocumentAlias("measurement_item")
            .Duplicate(i => i.ClientId)
            .Duplicate(i => i.Day)
            .Index([i => i.ClientId, i => i.Day]);
        options.Schema.For<DailyFigureRecord>().DocumentAlias("daily_figure")
            .Duplicate(d => d.ClientId)
            .Duplicate(d => d.Day)
            .Index([d => d.ClientId, d => d.Metric, d => d.Day]);
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(ProgramsModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        RecordEntry.Map(api);
        ListEntries.Map(api);
        GetEntry.Map(api);
        CommentOnEntry.Map(api);
        ListEntriesAwaitingComment.Map(api);
        GetProgramsSettings.Map(api);
        ChangeProgramsSettings.Map(api);
        StartClientProgramme.Map(api);
        ListClientProgrammes.Map(api);
        GetCalendar.Map(api);
        RescheduleClientProgramme.Map(api);
        MoveClientProgrammeToVersion.Map(api);
        SkipCalendarActivity.Map(api);
        ListNotifications.Map(api);
        MarkNotificationRead.Map(api);
        SearchMaterials.Map(api);
        GetMaterial.Map(api);
        GetMaterialRevision.Map(api);
        AddMaterial.Map(api);
        ReviseMaterial.Map(api);
        RetireMaterial.Map(api);
        DraftProgramme.Map(api);
        ListProgrammes.Map(api);
        GetProgramme.Map(api);
        EditProgrammeDraft.Map(api);
        PublishProgramme.Map(api);
        GetProgrammeVersion.Map(api);
        LeaveReviewComment.Map(api);
        ListReviewComments.Map(api);
        IngestMeasurements.Map(api);
        ListMeasurements.Map(api);
        GetDailyFigures.Map(api);
        GetWeeklyFigures.Map(api);
        PreferMeasurementSources.Map(api);
        SetChallenge.Map(api);
        ListChallenges.Map(api);
    }
}
