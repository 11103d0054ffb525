using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.ReadinessAssessment.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.ReadinessAssessment.Assessments.Reviewing;

/// <summary>A client's assessments over the year, oldest first, each with its trend against the one before.</summary>
public sealed record GetAssessmentHistory(Guid ClientId) : IQuery<AssessmentHistory>
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/clients/{clientId:guid}/readiness-assessments", async Task<Ok<AssessmentHistory>> (
                Guid clientId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAssessmentHistory(clientId), ct)))
            .WithName("GetReadinessAssessmentHistory")
            .WithTags("Readiness assessments")
            .WithSummary("A client's readiness assessments with the trend")
            .WithDescription("Trend: the change of level and scores against the previous assessment of the same questionnaire " +
                             "and target behaviour. Roles: the client themself, their coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();

        api.MapGet("/clients/{clientId:guid}/readiness-assessments/{assessmentId:guid}", async Task<Ok<AssessmentResponse>> (
                Guid clientId, Guid assessmentId, IMediator mediator, CancellationToken ct) =>
            {
                var history = await mediator.Send(new GetAssessmentHistory(clientId), ct);
                return TypedResults.Ok(history.Assessments.FirstOrDefault(a => a.AssessmentId == assessmentId)
                                       ?? throw new NotFoundException("readiness assessment", assessmentId));
            })
            .WithName("GetReadinessAssessment")
            .WithTags("Readiness assessments")
            .WithSummary("One readiness assessment with its scores, recommendation and trend")
            .WithDescription("Roles: the client themself, their coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
    }
}

public sealed class GetAssessmentHistoryHandler(IQuerySession session, RequestContext caller) : IQueryHandler<GetAssessmentHistory, AssessmentHistory>
{
    public async ValueTask<AssessmentHistory> Handle(GetAssessmentHistory query, CancellationToken ct)
    {
        await AssessmentAccess.EnsureAsync(session, caller, query.ClientId, ct);
        var assessments = await session.Query<AssessmentRecord>().Where(a => a.ClientId == query.ClientId)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToListAsync(ct);
        return AssessmentHistory.Of(query.ClientId, assessments);
    }
}
