using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Clients.HearingActivity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.GettingClient;

/// <param name="AsOf">When given, the client as they were at that moment, rebuilt from the journey.</param>
public sealed record GetClient(Guid ClientId, DateTimeOffset? AsOf = null) : IQuery<ClientResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}", async Task<Ok<ClientResponse>> (
                Guid clientId, DateTimeOffset? asOf, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var client = await mediator.Send(new GetClient(clientId, asOf), ct);
                response.SetETag(client.Version);
                return TypedResults.Ok(client);
            })
            .WithName("GetClient")
            .WithTags("Clients")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("Get a client's current state, or their state as of a moment")
            .WithDescription("The ETag header carries the journey's version, for If-Match on later commands. With " +
                             "asOf=<ISO 8601 timestamp> the state is rebuilt from the journey as it was then, by the journey's recordedAt " +
                             "times (404 before the referral). " +
                             "Roles: org-admin; a coach for their own or unassigned clients; a client for their own record.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin, Roles.Client)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetClientHandler(IQuerySession session, RequestContext caller) : IQueryHandler<GetClient, ClientResponse>
{
    public async ValueTask<ClientResponse> Handle(GetClient query, CancellationToken ct)
    {
        var current = await session.LoadAsync<ClientRecord>(query.ClientId, ct) ?? throw new NotFoundException("client", query.ClientId);
        ClientAccess.EnsureCanRead(caller, current.Id, current.CoachUserId);
        if (query.AsOf is not { } asOf)
        {
            var log = await session.LoadAsync<ClientActivityLog>(query.ClientId, ct);
            return ClientResponse.From(current) with { LastActivityAt = ClientActivityLog.Latest(current.LastActivityAt, log) };
        }

        var then = await session.Events.AggregateStreamAsync<ClientRecord>(query.ClientId, timestamp: asOf.ToUniversalTime(), token: ct)
                   ?? throw new NotFoundException("client at that time", query.ClientId);
        return ClientResponse.From(then);
    }
}
