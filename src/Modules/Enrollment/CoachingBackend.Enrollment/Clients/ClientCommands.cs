using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.Enrollment.Coaches;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>What every command on a client's journey shares: the route, access, the closed journey, the answer.</summary>
public static class ClientCommands
{
    /// <summary>
    /// Runs <paramref name="decide"/> on the client's journey through the one write path, after checking that the
    /// caller may act on this client and that the journey is open.
    /// </summary>
    public static ValueTask<JourneyChanged> DecideOnJourney<TCommand>(this EventStreams streams, TCommand command,
        Func<ClientJourney, TCommand, CommandContext, Decision> decide, CancellationToken ct) where TCommand : ClientCommand =>
        streams.DecideOnJourney(command.ClientId, command, decide, ct);

    /// <summary>The same, for a command routed by something of the client's (a follow-up) rather than the client.</summary>
    public static async ValueTask<JourneyChanged> DecideOnJourney<TCommand>(this EventStreams streams, Guid clientId, TCommand command,
        Func<ClientJourney, TCommand, CommandContext, Decision> decide, CancellationToken ct) where TCommand : RoutedCommand<JourneyChanged> =>
        new(clientId, await streams.Decide<ClientJourney>(clientId, command.ExpectedVersion, (journey, context) =>
        {
            journey.EnsureOpenTo(context.Caller);
            return decide(journey, command, context);
        }, ct));

    /// <summary>
    /// The same, with the caseloads of the coaches <paramref name="caseloads"/> names locked for the decision (a place
    /// taken or freed): no one else changes those caseloads until this decision commits.
    /// </summary>
    public static async ValueTask<JourneyChanged> DecideWithCaseloads<TCommand>(this EventStreams streams, TCommand command,
        Func<ClientJourney, IEnumerable<Guid?>> caseloads,
        Func<LockedStreams<ClientJourney, Coach>, TCommand, CommandContext, Decision> decide, CancellationToken ct)
        where TCommand : ClientCommand =>
        new(command.ClientId, await streams.Decide<ClientJourney, Coach>(command.ClientId, command.ExpectedVersion, caseloads,
            (locked, context) =>
            {
                locked.State.EnsureOpenTo(context.Caller);
                return decide(locked, command, context);
            }, ct));

    /// <summary>
    /// <c>POST /clients/{clientId}/&lt;action&gt;</c>: the body is the command, aimed at the route's client with the
    /// If-Match version. Answers 200 with the new version and its ETag.
    /// </summary>
    public static RouteHandlerBuilder MapClientCommand<TCommand>(this IEndpointRouteBuilder api, string action, string method = "POST")
        where TCommand : ClientCommand =>
        api.MapMethods($"/clients/{{clientId:guid}}/{action}", [method], async Task<Ok<JourneyChanged>> (
                Guid clientId, TCommand command, HttpRequest request, HttpResponse response, IMediator mediator,
                CancellationToken ct) => await Send(clientId, command, request, response, mediator, ct))
            .AsClientCommand();

    /// <summary>
    /// The same for a command whose every field is optional: the body may be left out (or empty), meaning
    /// <paramref name="whenNoBody"/>.
    /// </summary>
    public static RouteHandlerBuilder MapClientCommand<TCommand>(this IEndpointRouteBuilder api, string action, TCommand whenNoBody)
        where TCommand : ClientCommand =>
        api.MapPost($"/clients/{{clientId:guid}}/{action}", async Task<Ok<JourneyChanged>> (
                Guid clientId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] TCommand? command, HttpRequest request,
                HttpResponse response, IMediator mediator, CancellationToken ct) =>
                await Send(clientId, command ?? whenNoBody, request, response, mediator, ct))
            .AsClientCommand();

    private static async Task<Ok<JourneyChanged>> Send<TCommand>(Guid clientId, TCommand command, HttpRequest request,
        HttpResponse response, IMediator mediator, CancellationToken ct) where TCommand : ClientCommand
    {
        var changed = await mediator.Send(command.For<TCommand>(clientId, request.ExpectedVersion()), ct);
        response.SetETag(changed.Version);
        return TypedResults.Ok(changed);
    }

    private static RouteHandlerBuilder AsClientCommand(this RouteHandlerBuilder builder) =>
        builder
            .WithTags("Clients")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}
