using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Enrollment.Clients.HearingActivity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.ListingClients;

/// <summary>
/// A coach's caseload by default; <c>unassigned=true</c> gives the intake pool (clients no coach holds yet).
/// An org-admin lists the whole organisation, filterable by coach and status. Newest referrals first.
/// </summary>
public sealed record ListClients(Guid? CoachId, ClientStatus? Status, bool Unassigned, string? Cursor, int? Limit) : IQuery<Page<ClientSummary>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients", async Task<Ok<Page<ClientSummary>>> (Guid? coachId, string? status, bool? unassigned,
                string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListClients(coachId, JsonDefaults.ParseQuery<ClientStatus>(status, "status"),
                    unassigned ?? false, cursor, limit), ct)))
            .WithName("ListClients")
            .WithMetadata(new EnumQueryParameter("status", typeof(ClientStatus)))
            .WithTags("Clients")
            .WithSummary("List clients: a coach's caseload, the intake pool, or the organisation's")
            .WithDescription("status is one of referred, active, on-time-out, discharged. Cursor paging: pass nextCursor back as cursor. A coach sees their own caseload (coachId must be " +
                             "theirs) or, with unassigned=true, the intake pool. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(400)
            .WithCommonProblems();
}

public sealed class ListClientsHandler(IQuerySession session, RequestContext caller) : IQueryHandler<ListClients, Page<ClientSummary>>
{
    public async ValueTask<Page<ClientSummary>> Handle(ListClients query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var clients = session.Query<ClientRecord>().AsQueryable();
        if (query.Unassigned)
        {
            clients = clients.Where(c => c.CoachId == null);
        }
        else if (caller.IsInRole(Roles.OrgAdmin))
        {
            if (query.CoachId is { } coachId) clients = clients.Where(c => c.CoachId == coachId);
        }
        else
        {
            var me = caller.UserId;
            clients = clients.Where(c => c.CoachUserId == me);
            if (query.CoachId is { } coachId)
            {
                clients = clients.Where(c => c.CoachId == coachId);
            }
        }
        if (query.Status is { } status) clients = clients.Where(c => c.Status == status);

        var rows = await clients.OrderByDescending(c => c.ReferredAt).ThenBy(c => c.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        var logs = (await session.LoadManyAsync<ClientActivityLog>(ct, rows.Select(r => r.Id))).ToDictionary(l => l.Id);
        return Paging.ToPage(rows.Select(r => ClientSummary.From(r) with
        {
            LastActivityAt = ClientActivityLog.Latest(r.LastActivityAt, logs.GetValueOrDefault(r.Id)),
        }).ToList(), offset, limit);
    }
}
