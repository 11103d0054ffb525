using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.GettingClient;

public sealed record GetClient(Guid ClientId) : IQuery<ClientResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}", async Task<Ok<ClientResponse>> (
                Guid clientId, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var client = await mediator.Send(new GetClient(clientId), ct);
                response.SetETag(client.Version);
                return TypedResults.Ok(client);
            })
            .WithName("GetClient")
            .WithTags("Clients")
            .WithSummary("Get a client's current state")
            .WithDescription("The ETag header carries the journey's version, for If-Match on later commands. " +
                             "Roles: coach, org-admin; a client may read their own record.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin, Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed record ClientResponse(
    Guid ClientId,
    long Version,
    PersonName Name,
    DateOnly? DateOfBirth,
    ContactDetails Contact,
    ClientStatus Status,
    ReferralResponse Referral,
    DateTimeOffset LastChangedAt);

public sealed record ReferralResponse(
    ReferralSource Source, string? ReferrerName, string Reason, IReadOnlyList<RiskFactor> RiskFactors,
    DateTimeOffset ReferredAt, string? ReferredBy);

public sealed class GetClientHandler(IQuerySession session, RequestContext caller) : IQueryHandler<GetClient, ClientResponse>
{
    public async ValueTask<ClientResponse> Handle(GetClient query, CancellationToken ct)
    {
        ClientAccess.EnsureCanRead(caller, query.ClientId);
        var client = await session.LoadAsync<ClientRecord>(query.ClientId, ct)
                     ?? throw new NotFoundException("client", query.ClientId);
        return new ClientResponse(client.Id, client.Version, client.Name, client.DateOfBirth, client.Contact, client.Status,
            new ReferralResponse(client.ReferralSource, client.ReferrerName, client.ReferralReason, client.RiskFactors,
                client.ReferredAt, client.ReferredBy),
            client.LastChangedAt);
    }
}
