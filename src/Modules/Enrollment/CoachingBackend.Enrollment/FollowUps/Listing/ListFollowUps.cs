using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Enrollment.Clients;
using CoachingBackend.Enrollment.Coaches;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.FollowUps.Listing;

/// <summary>
/// A coach's follow-up list (their own clients), or for an org-admin the organisation's, filterable by coach.
/// Open ones by default, oldest due first.
/// </summary>
public sealed record ListFollowUps(Guid? CoachId, bool IncludeCompleted, string? Cursor, int? Limit) : IQuery<Page<FollowUpResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/follow-ups", async Task<Ok<Page<FollowUpResponse>>> (Guid? coachId, bool? includeCompleted, string? cursor,
                int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFollowUps(coachId, includeCompleted ?? false, cursor, limit), ct)))
            .WithName("ListFollowUps")
            .WithTags("Follow-ups")
            .WithSummary("List follow-ups to act on")
            .WithDescription("A coach sees the follow-ups of their own clients (coachId is ignored); an org-admin sees all, " +
                             "or one coach's with coachId. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(400)
            .WithCommonProblems();
}

public sealed class ListFollowUpsHandler(IQuerySession session, RequestContext caller) : IQueryHandler<ListFollowUps, Page<FollowUpResponse>>
{
    public async ValueTask<Page<FollowUpResponse>> Handle(ListFollowUps query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var coachId = query.CoachId;
        if (!caller.IsInRole(Roles.OrgAdmin))
        {
            var me = await session.Query<CoachRecord>().FirstOrDefaultAsync(c => c.UserId == caller.UserId, ct);
            if (me is null) return new Page<FollowUpResponse>([], null);
            coachId = me.Id;
        }

        var followUps = session.Query<FollowUpRecord>().AsQueryable();
        if (coachId is { } coach)
        {
            // By the clients the coach holds now: a follow-up moves with its client to a new coach.
            var caseload = await session.Query<ClientRecord>().Where(c => c.CoachId == coach).Select(c => c.Id).ToListAsync(ct);
            followUps = followUps.Where(f => caseload.Contains(f.ClientId));
        }
        if (!query.IncludeCompleted) followUps = followUps.Where(f => f.IsOpen);
        var rows = await followUps.OrderBy(f => f.DueSince).ThenBy(f => f.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage(rows.Select(FollowUpResponse.From).ToList(), offset, limit);
    }
}
