using CoachingBackend.BuildingBlocks.Modules;
using CoachingBackend.ReadinessAssessment.Assessments;
using CoachingBackend.ReadinessAssessment.Assessments.Reviewing;
using CoachingBackend.ReadinessAssessment.Assessments.Submitting;
using CoachingBackend.ReadinessAssessment.Clients;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Questionnaires.Browsing;
using CoachingBackend.ReadinessAssessment.Questionnaires.Publishing;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.ReadinessAssessment;

/// <summary>
/// Readiness for change: versioned questionnaires, exactly scored assessments, and the recommendation (proceed,
/// time-out, discuss) that Enrollment's activation gate reads.
/// </summary>
public sealed class ReadinessAssessmentModule : IModule
{
    public string Name => "ReadinessAssessment";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureMarten(StoreOptions options)
    {
        options.Events.AddEventTypes([typeof(ReadinessAnswersSubmitted), typeof(ReadinessScored)]);
        options.Projections.Add<AssessmentRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<AssessmentRecord>().Index(a => a.ClientId);
        options.Projections.Add<KnownClientProjection>(ProjectionLifecycle.Inline);
        // Numeric revisions, as the table had when an aggregation kept it: an existing database needs no migration.
        options.Schema.For<KnownClient>().UseNumericRevisions(true);
        options.Schema.For<CustomQuestionnaire>().Identity(q => q.Id).Index(q => q.Key);
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(ReadinessAssessmentModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ListQuestionnaires.Map(api);
        GetQuestionnaire.Map(api);
        PublishQuestionnaire.Map(api);
        SubmitAssessment.Map(api);
        GetAssessmentHistory.Map(api);
    }
}
