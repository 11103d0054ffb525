using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Enrollment.FollowUps;
using CoachingBackend.Enrollment.FollowUps.Raising;
using Marten;
using Wolverine;

namespace CoachingBackend.Enrollment.Clients.HearingModules;

/// <summary>
/// Raises the follow-up another module asked for on the responsible coach's list. Its id follows from the source
/// stream and version, so a redelivered request raises nothing more. A closed journey takes it too: a late reply to an
/// end-of-service survey comes after the discharge by its nature.
/// </summary>
public static class FollowUpRequestedHandler
{
    public static async Task Handle(FollowUpRequested request, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, $"system:{request.Module}", time, ct);
        await streams.Decide<ClientJourney>(request.ClientId, null, (journey, c) => Decide(journey, request, c), ct);
    }

    public static Guid FollowUpIdOf(FollowUpRequested request) =>
        StableIds.From("follow-up-request", request.Module, request.SourceStream.ToString(), request.SourceVersion.ToString());

    public static Decision Decide(ClientJourney journey, FollowUpRequested request, CommandContext context)
    {
        var id = FollowUpIdOf(request);
        if (journey.RaisedFollowUps.Contains(ClientJourney.RequestKey(id))) return Decision.None;
        var kind = request.Kind == FollowUpRequested.FeedbackReplyOverdue ? FollowUpKind.FeedbackReplyOverdue : FollowUpKind.ModuleRequest;
        return Decision.Of(new FollowUpRaised(journey.Id, id, kind, journey.CoachId, request.Reason, request.DueSince, context.Now));
    }
}
