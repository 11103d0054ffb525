using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Coaches.Listing;

public sealed record ListCoaches(string? Cursor, int? Limit) : IQuery<Page<CoachResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/coaches", async Task<Ok<Page<CoachResponse>>> (string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCoaches(cursor, limit), ct)))
            .WithName("ListCoaches")
            .WithTags("Coaches")
            .WithSummary("List the organisation's coaches with their caseload sizes")
            .WithDescription("Ordered by name. Roles: org-admin, coach.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach)
            .ProducesProblem(400)
            .WithCommonProblems();
}

public sealed class ListCoachesHandler(IQuerySession session) : IQueryHandler<ListCoaches, Page<CoachResponse>>
{
    public async ValueTask<Page<CoachResponse>> Handle(ListCoaches query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var coaches = await session.Query<CoachRecord>().OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage(coaches.Select(c => CoachResponse.From(c)).ToList(), offset, limit);
    }
}
