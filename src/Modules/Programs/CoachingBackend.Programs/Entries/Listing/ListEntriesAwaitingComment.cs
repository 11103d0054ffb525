using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Entries.Listing;

/// <summary>
/// A coach's queue: their clients' entries that no coach has commented on yet, oldest first, so that nobody waits long.
/// An org-admin sees the organisation's, or one coach's with <c>coachUserId</c>.
/// </summary>
public sealed record ListEntriesAwaitingComment(string? CoachUserId, string? Cursor, int? Limit) : IQuery<Page<EntryAwaitingComment>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/entries/awaiting-comment", async Task<Ok<Page<EntryAwaitingComment>>> (
                string? coachUserId, string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListEntriesAwaitingComment(coachUserId, cursor, limit), ct)))
            .WithName("ListEntriesAwaitingComment")
            .WithTags("Entries")
            .WithSummary("Entries no coach has commented on yet, oldest first")
            .WithDescription("A coach gets their own clients' entries (by the clients' responsible coach now); an org-admin the " +
                             "organisation's, or one coach's with coachUserId. waitingHours counts from when the entry was " +
                             "recorded. Cursor paging: pass nextCursor back as cursor. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class ListEntriesAwaitingCommentHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<ListEntriesAwaitingComment, Page<EntryAwaitingComment>>
{
    public async ValueTask<Page<EntryAwaitingComment>> Handle(ListEntriesAwaitingComment query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var coach = caller.IsInRole(Roles.OrgAdmin) ? query.CoachUserId
            : query.CoachUserId is null || query.CoachUserId == caller.UserId ? caller.UserId
            : throw new ForbiddenException("A coach sees the entries of their own clients only.");

        var entries = session.Query<EntryRecord>().Where(e => e.AwaitsCoachComment);
        if (coach is not null)
        {
            // By the responsible coach now, so a re-assigned client's waiting entries move to the new coach's queue.
            var clients = await session.Query<KnownClient>().Where(c => c.CoachUserId == coach).Select(c => c.Id).ToListAsync(ct);
            entries = entries.Where(e => clients.Contains(e.ClientId));
        }
        var rows = await entries.OrderBy(e => e.RecordedAt).ThenBy(e => e.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        var now = time.GetUtcNow();
        return Paging.ToPage(rows.Select(e => new EntryAwaitingComment(e.Id, e.ClientId, e.Kind, e.Summary, e.OccurredAt, e.RecordedAt,
            (int)Math.Max(0, (now - e.RecordedAt).TotalHours))).ToList(), offset, limit);
    }
}
