using CoachingBackend.BuildingBlocks.Modules;
using CoachingBackend.Feedback.Clients;
using CoachingBackend.Feedback.Settings;
using CoachingBackend.Feedback.Settings.Changing;
using CoachingBackend.Feedback.Settings.Getting;
using CoachingBackend.Feedback.Summaries;
using CoachingBackend.Feedback.Surveys;
using CoachingBackend.Feedback.Surveys.Answering;
using CoachingBackend.Feedback.Surveys.Deadlines;
using CoachingBackend.Feedback.Surveys.Issuing;
using CoachingBackend.Feedback.Surveys.Listing;
using CoachingBackend.Feedback.Surveys.Replying;
using CoachingBackend.Feedback.Templates;
using CoachingBackend.Feedback.Templates.Browsing;
using CoachingBackend.Feedback.Templates.Publishing;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.Feedback;

/// <summary>
/// Feedback: end-of-course, end-of-service and after-meeting surveys from versioned templates, the client's response,
/// the coach's reply ("if you send a client a survey, give them feedback too", followed up when late) and the figures an
/// organisation reports.
/// </summary>
public sealed class FeedbackModule : IModule
{
    public string Name => "Feedback";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddHostedService<SurveyDeadlineScanner>();

    public void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Add<KnownClientProjection>(ProjectionLifecycle.Inline);
        // Its own table: the other modules' KnownClient would otherwise take the same default alias.
        // Numeric revisions, as the table had when an aggregation kept it: an existing database needs no migration.
        options.Schema.For<KnownClient>().DocumentAlias("feedback_known_client").Index(c => c.CoachUserId).UseNumericRevisions(true);

        options.Events.AddEventTypes([typeof(FeedbackSettingsChanged)]);
        options.Projections.Snapshot<FeedbackRules>(SnapshotLifecycle.Inline);
        options.Projections.Add<FeedbackSettingsRecordProjection>(ProjectionLifecycle.Inline);

        // Templates: a stream per key in an organisation, a document per published version.
        options.Events.AddEventTypes([typeof(SurveyTemplateVersionPublished)]);
        options.Projections.Snapshot<SurveyTemplate>(SnapshotLifecycle.Inline);
        options.Projections.Add<SurveyTemplateVersionRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<SurveyTemplateVersionRecord>().Index(v => v.Key);

        // Surveys: a stream per survey, its write model an inline snapshot (a command loads one document).
        options.Events.AddEventTypes([
            typeof(SurveyIssued), typeof(SurveyAnswered), typeof(SurveyReplied), typeof(SurveyExpired), typeof(SurveyReplyOverdue),
        ]);
        options.Projections.Snapshot<Survey>(SnapshotLifecycle.Inline);
        options.Projections.Add<SurveyRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<SurveyRecord>().Index(s => s.ClientId).Index(s => s.NextDeadline).Index(s => s.IssuedAt).Index(s => s.AwaitsReply);
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(FeedbackModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        GetFeedbackSettings.Map(api);
        ChangeFeedbackSettings.Map(api);
        ListSurveyTemplates.Map(api);
        PublishSurveyTemplate.Map(api);
        IssueSurvey.Map(api);
        ListClientSurveys.Map(api);
        AnswerSurvey.Map(api);
        ReplyToSurvey.Map(api);
        ListAwaitingReply.Map(api);
        GetFeedbackSummary.Map(api);
    }
}
