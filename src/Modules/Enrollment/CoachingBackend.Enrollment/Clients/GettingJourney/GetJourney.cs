using System.Text.Json;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.GettingJourney;

/// <summary>
/// The client's whole journey, event by event: the audit trail. What other modules record about the client
/// reaches this stream through their integration events, so it is all here.
/// </summary>
public sealed record GetJourney(Guid ClientId) : IQuery<JourneyResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/journey", async Task<Ok<JourneyResponse>> (
                Guid clientId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetJourney(clientId), ct)))
            .WithName("GetClientJourney")
            .WithTags("Clients")
            .WithSummary("Get a client's journey as a timeline")
            .WithDescription("Every event of the client's stream in order, with who did it, when, and within which " +
                             "conversation (correlation and causation ids). Roles: coach, org-admin; a client may read their own.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin, Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetJourneyHandler(IQuerySession session, RequestContext caller) : IQueryHandler<GetJourney, JourneyResponse>
{
    public async ValueTask<JourneyResponse> Handle(GetJourney query, CancellationToken ct)
    {
        var client = await session.LoadAsync<ClientRecord>(query.ClientId, ct) ?? throw new NotFoundException("client", query.ClientId);
        ClientAccess.EnsureCanRead(caller, client.Id, client.CoachUserId);

        var events = await session.Events.FetchStreamAsync(query.ClientId, token: ct);
        var entries = events.Select(e => new JourneyEntry(e.Version, e.EventTypeName, e.Timestamp, e.UserName,
            e.CorrelationId, e.CausationId, JsonSerializer.SerializeToElement(e.Data, e.EventType, JsonDefaults.Options))).ToList();
        return new JourneyResponse(query.ClientId, entries.Count == 0 ? 0 : entries[^1].Version, entries);
    }
}
