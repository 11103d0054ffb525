using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.ClientProgrammes.Listing;

/// <summary>The client's programmes, the newest first; or one of them.</summary>
public sealed record ListClientProgrammes(Guid ClientId) : IQuery<IReadOnlyList<ClientProgrammeRecord>>
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/clients/{clientId:guid}/programmes", async Task<Ok<IReadOnlyList<ClientProgrammeResponse>>> (Guid clientId,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<ClientProgrammeResponse>>(
                    [.. (await mediator.Send(new ListClientProgrammes(clientId), ct)).Select(ClientProgrammeResponse.From)]))
            .WithName("ListClientProgrammes")
            .WithTags("Client programmes")
            .WithSummary("The client's programmes, running, paused and ended")
            .WithDescription("Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();

        api.MapGet("/clients/{clientId:guid}/programmes/{clientProgrammeId:guid}", async Task<Ok<ClientProgrammeResponse>> (Guid clientId,
                Guid clientProgrammeId, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var programme = (await mediator.Send(new ListClientProgrammes(clientId), ct)).FirstOrDefault(p => p.Id == clientProgrammeId)
                                ?? throw new NotFoundException("client programme", clientProgrammeId);
                response.SetETag(programme.Version);
                return TypedResults.Ok(ClientProgrammeResponse.From(programme));
            })
            .WithName("GetClientProgramme")
            .WithTags("Client programmes")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("One of the client's programmes")
            .WithDescription("The ETag is the version to send as If-Match when rescheduling or moving it to another version. " +
                             "Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
    }
}

public sealed class ListClientProgrammesHandler(IQuerySession session, RequestContext caller)
    : IQueryHandler<ListClientProgrammes, IReadOnlyList<ClientProgrammeRecord>>
{
    public async ValueTask<IReadOnlyList<ClientProgrammeRecord>> Handle(ListClientProgrammes query, CancellationToken ct)
    {
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        return await session.Query<ClientProgrammeRecord>().Where(p => p.ClientId == query.ClientId)
            .OrderByDescending(p => p.StartedAt).ToListAsync(ct);
    }
}
