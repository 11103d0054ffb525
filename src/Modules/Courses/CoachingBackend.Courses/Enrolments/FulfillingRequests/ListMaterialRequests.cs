using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Courses.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Enrolments.FulfillingRequests;

/// <summary>The open requests for more material of a coach's clients (an org-admin's: all), oldest first.</summary>
public sealed record ListMaterialRequests(string? Cursor, int? Limit) : IQuery<Page<MaterialRequestSummary>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/material-requests", async Task<Ok<Page<MaterialRequestSummary>>> (string? cursor, int? limit, IMediator mediator,
                CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListMaterialRequests(cursor, limit), ct)))
            .WithName("ListMaterialRequests")
            .WithTags("Course enrolments")
            .WithSummary("Open requests for more material from the coach's clients, oldest first")
            .WithDescription("A coach sees their own clients' requests, an org-admin everyone's. Cursor paging: pass nextCursor " +
                             "back as cursor. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class ListMaterialRequestsHandler(IQuerySession session, RequestContext caller)
    : IQueryHandler<ListMaterialRequests, Page<MaterialRequestSummary>>
{
    public async ValueTask<Page<MaterialRequestSummary>> Handle(ListMaterialRequests query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var requests = session.Query<MaterialRequestRecord>().Where(r => r.IsOpen);
        if (!caller.IsInRole(Roles.OrgAdmin))
        {
            var me = caller.UserId;
            var mine = (await session.Query<KnownClient>().Where(c => c.CoachUserId == me).Select(c => c.Id).ToListAsync(ct)).ToArray();
            requests = requests.Where(r => r.ClientId.IsOneOf(mine));
        }
        var rows = await requests.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage(rows.Select(MaterialRequestSummary.From).ToList(), offset, limit);
    }
}
