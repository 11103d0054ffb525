using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Coaches.GettingCoach;

public sealed record GetCoach(Guid CoachId) : IQuery<CoachResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/coaches/{coachId:guid}", async Task<Ok<CoachResponse>> (Guid coachId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCoach(coachId), ct)))
            .WithName("GetCoach")
            .WithTags("Coaches")
            .WithSummary("Get a coach: capacity, caseload size and clients by status")
            .WithDescription("Roles: org-admin, coach.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetCoachHandler(IQuerySession session) : IQueryHandler<GetCoach, CoachResponse>
{
    public async ValueTask<CoachResponse> Handle(GetCoach query, CancellationToken ct)
    {
        var coach = await session.LoadAsync<CoachRecord>(query.CoachId, ct) ?? throw new NotFoundException("coach", query.CoachId);
        var statuses = await session.Query<ClientRecord>().Where(c => c.CoachId == query.CoachId).Select(c => c.Status).ToListAsync(ct);
        var byStatus = statuses.GroupBy(s => s).ToDictionary(g => JsonDefaults.Name(g.Key), g => g.Count());
        return CoachResponse.From(coach, byStatus);
    }
}
