using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Programs.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Entries.Listing;

/// <summary>A client's entries with their comments, newest first.</summary>
public sealed record ListEntries(Guid ClientId, string? Cursor, int? Limit) : IQuery<Page<EntryResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/entries", async Task<Ok<Page<EntryResponse>>> (
                Guid clientId, string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListEntries(clientId, cursor, limit), ct)))
            .WithName("ListEntries")
            .WithTags("Entries")
            .WithSummary("A client's entries, newest first")
            .WithDescription("By occurredAt, newest first. Cursor paging: pass nextCursor back as cursor. Roles: the client " +
                             "themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ListEntriesHandler(IQuerySession session, RequestContext caller) : IQueryHandler<ListEntries, Page<EntryResponse>>
{
    public async ValueTask<Page<EntryResponse>> Handle(ListEntries query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        var rows = await session.Query<EntryRecord>().Where(e => e.ClientId == query.ClientId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage(rows.Select(EntryResponse.From).ToList(), offset, limit);
    }
}
