using CoachingBackend.BuildingBlocks.Modules;
using CoachingBackend.Enrollment.Analytics;
using CoachingBackend.Enrollment.Clients;
using CoachingBackend.Enrollment.Clients.Activating;
using CoachingBackend.Enrollment.Clients.AssigningCoach;
using CoachingBackend.Enrollment.Clients.Discharging;
using CoachingBackend.Enrollment.Clients.GettingClient;
using CoachingBackend.Enrollment.Clients.GettingJourney;
using CoachingBackend.Enrollment.Clients.HearingActivity;
using CoachingBackend.Enrollment.Clients.HearingModules;
using CoachingBackend.Enrollment.Clients.HearingReadiness;
using CoachingBackend.Enrollment.Clients.InterviewingForIntake;
using CoachingBackend.Enrollment.Clients.ListingClients;
using CoachingBackend.Enrollment.Clients.RecordingMeetings;
using CoachingBackend.Enrollment.Clients.Referring;
using CoachingBackend.Enrollment.Clients.Resuming;
using CoachingBackend.Enrollment.Clients.TakingTimeOut;
using CoachingBackend.Enrollment.Coaches;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Enrollment.Coaches.GettingCoach;
using CoachingBackend.Enrollment.Coaches.Listing;
using CoachingBackend.Enrollment.Coaches.Registering;
using CoachingBackend.Enrollment.FollowUps;
using CoachingBackend.Enrollment.FollowUps.Completing;
using CoachingBackend.Enrollment.FollowUps.Listing;
using CoachingBackend.Enrollment.FollowUps.Raising;
using CoachingBackend.Enrollment.Settings;
using CoachingBackend.Enrollment.Settings.Changing;
using CoachingBackend.Enrollment.Settings.Getting;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.Enrollment;

/// <summary>
/// Enrollment owns the client's lifecycle, from referral to discharge, and the coaches' caseloads: every step
/// is an event in the client's journey stream.
/// </summary>
public sealed class EnrollmentModule : IModule
{
    public string Name => "Enrollment";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddHostedService<FollowUpScanner>();

    public void ConfigureMarten(StoreOptions options)
    {
        options.Events.AddEventTypes([
            typeof(ClientReferred), typeof(IntakeInterviewHeld), typeof(MeetingRecorded), typeof(CoachAssigned),
            typeof(ReadinessResultRecorded), typeof(FirstActivityNoted), typeof(ServiceActivated), typeof(TimeOutStarted),
            typeof(ServiceResumed), typeof(ClientDischarged), typeof(FollowUpRaised), typeof(FollowUpCompleted),
            typeof(CoachRegistered), typeof(CaseloadPlaceTaken), typeof(CaseloadPlaceFreed), typeof(EnrollmentSettingsChanged),
            // The client directory's facts (Contracts events), which other modules project inline.
            typeof(ReferralReceived), typeof(ResponsibleCoachChanged), typeof(ClientLeftService),
            typeof(ClientServiceActivated), typeof(ClientTimeOutStarted), typeof(ClientServiceResumed),
            typeof(ModuleEntryRecorded),
        ]);
        // The write models are kept as inline snapshots, so a command loads one document, not the whole journey:
        // its cost does not grow over a coaching year of events.
        options.Projections.Snapshot<ClientJourney>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Coach>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<EnrollmentRules>(SnapshotLifecycle.Inline);
        options.Projections.Add<ClientRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CoachRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<FollowUpRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<EnrollmentMonthRecordProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<ClientPathRecordProjection>(ProjectionLifecycle.Async);
        options.Schema.For<ClientPathRecord>().Index(p => p.ReferredAt);
        options.Schema.For<ClientRecord>()
            .Index(c => c.CoachId).Index(c => c.CoachUserId).Index(c => c.ReferredAt)
            .Index(c => c.PassiveCheckDueAt).Index(c => c.TimeOutOverdueAt).Index(c => c.ServiceEndDueAt);
        options.Schema.For<CoachRecord>().Index(c => c.UserId);
        options.Schema.For<FollowUpRecord>().Index(f => f.CoachId).Index(f => f.DueSince);
        options.Projections.Add<EnrollmentSettingsRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ClientActivityLog>().UseOptimisticConcurrency(true);
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(EnrollmentModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ReferClient.Map(api);
        ListClients.Map(api);
        GetClient.Map(api);
        GetJourney.Map(api);
        RecordIntakeInterview.Map(api);
        RecordMeeting.Map(api);
        AssignCoach.Map(api);
        ActivateService.Map(api);
        StartTimeOut.Map(api);
        ResumeService.Map(api);
        DischargeClient.Map(api);
        RegisterCoach.Map(api);
        ListCoaches.Map(api);
        GetCoach.Map(api);
        ListFollowUps.Map(api);
        CompleteFollowUp.Map(api);
        GetEnrollmentSettings.Map(api);
        ChangeEnrollmentSettings.Map(api);
        GetEnrollmentFigures.Map(api);
        GetJourneyFunnel.Map(api);
        GetDropoutTiming.Map(api);
        GetReadinessTrend.Map(api);
        GetTimeOutFigures.Map(api);
    }
}
