using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>What every command on a client's journey shares: access, the closed journey, If-Match, the answer.</summary>
public static class ClientCommands
{
    public const string JourneyClosed = "journey-closed";

    /// <summary>Decides on the client's journey as <paramref name="caller"/>, refusing a closed journey.</summary>
    public static async Task<JourneyChanged> Act(this EventStreams streams, RequestContext caller, Guid clientId,
        long? expectedVersion, Func<ClientJourney, Decision> decide, CancellationToken ct,
        Func<Marten.IDocumentSession, Task>? beforeCommit = null)
    {
        var version = await streams.Decide<ClientJourney>(clientId, expectedVersion, journey =>
        {
            journey.EnsureOpenTo(caller);
            return decide(journey);
        }, ct, beforeCommit);
        return new JourneyChanged(clientId, version);
    }

    /// <summary>The caller may act on this client, and the journey is not closed.</summary>
    public static void EnsureOpenTo(this ClientJourney journey, RequestContext caller)
    {
        ClientAccess.EnsureCanAct(caller, journey);
        if (journey.IsClosed)
            throw new DomainRuleException(JourneyClosed, "The client has been discharged; the journey is closed.");
    }

    /// <summary>
    /// <c>POST /clients/{clientId}/&lt;action&gt;</c>: the body is the command; the route gives the client and
    /// If-Match the expected version. Answers 200 with the new version and its ETag.
    /// </summary>
    public static RouteHandlerBuilder MapClientCommand<TCommand>(this IEndpointRouteBuilder api, string action,
        Func<TCommand, Guid, long?, TCommand> target, string method = "POST") where TCommand : ICommand<JourneyChanged> =>
        api.MapMethods($"/clients/{{clientId:guid}}/{action}", [method], async Task<Ok<JourneyChanged>> (
                Guid clientId, TCommand command, HttpRequest request, HttpResponse response, IMediator mediator,
                CancellationToken ct) =>
            {
                var changed = await mediator.Send(target(command, clientId, request.ExpectedVersion()), ct);
                response.SetETag(changed.Version);
                return TypedResults.Ok(changed);
            })
            .WithTags("Clients")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}
