using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.ClientProgrammes;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Measurements;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Reminders.Reading;

/// <summary>The client marks a notification of their feed as read; marking it again changes nothing.</summary>
public sealed record MarkNotificationRead : RoutedCommand<NotificationResponse>
{
    [JsonIgnore] public Guid ClientId { get; init; }

    public static Decision Decide(NotificationRecord notification, CommandContext context) =>
        notification.ReadAt is not null
            ? Decision.None
            : Decision.Of(new NotificationRead(notification.ClientProgrammeId, notification.ClientId, notification.Id, context.UserId, context.Now));

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/notifications/{notificationId:guid}/read", async Task<Ok<NotificationResponse>> (Guid clientId,
                Guid notificationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MarkNotificationRead().For<MarkNotificationRead>(notificationId, null) with { ClientId = clientId }, ct)))
            .WithName("MarkNotificationRead")
            .WithTags("Client programmes")
            .WithSummary("Mark a notification as read")
            .WithDescription("Idempotent: a notification read already keeps its first readAt. Roles: the client themself.")
            .AllowRoles(Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class MarkNotificationReadHandler(EventStreams streams) : ICommandHandler<MarkNotificationRead, NotificationResponse>
{
    public async ValueTask<NotificationResponse> Handle(MarkNotificationRead command, CancellationToken ct)
    {
        await ClientAccess.EnsureIsTheClientAsync(streams.Reads, streams.Context.Caller, command.ClientId, ct);
        var notification = await streams.Reads.LoadAsync<NotificationRecord>(command.TargetId, ct);
        if (notification is null || notification.ClientId != command.ClientId) throw new NotFoundException("notification", command.TargetId);
        // The read is recorded on the stream that sent it: the programme's, or the client's measurements' for a challenge.
        if (notification.Kind == NotificationKind.ChallengeReached)
            await streams.Decide<ClientMeasurements>(ClientMeasurements.StreamId(notification.ClientId), null,
                (_, c) => MarkNotificationRead.Decide(notification, c), ct);
        else
            await streams.Decide<ClientProgramme>(notification.ClientProgrammeId, null, (_, c) => MarkNotificationRead.Decide(notification, c), ct);
        return NotificationResponse.From((await streams.Reads.LoadAsync<NotificationRecord>(command.TargetId, ct))!);
    }
}
