using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Enrollment.Clients.HearingActivity;

/// <summary>
/// Any module's event marked as the client's own doing counts as activity. It moves the activity log on; only the
/// first since the passive-client watch started is written to the journey, which settles that the client is not
/// passive. Both are safe to repeat: a redelivered activity changes nothing.
/// </summary>
public static class ClientActivityHandler
{
    public static async Task Handle(ClientActivityObserved activity, IDocumentSession session, IMessageContext context,
        TimeProvider time, CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, activity.ClientId.ToString(), time, ct);
        var log = await streams.Reads.LoadAsync<ClientActivityLog>(activity.ClientId, ct);
        await streams.Decide(_ => ClientActivityLog.Noting(log, activity), ct);
        await streams.Decide<ClientJourney>(activity.ClientId, null, (journey, context) => Decide(journey, activity, context), ct);
    }

    public static Decision Decide(ClientJourney journey, ClientActivityObserved activity, CommandContext context) =>
        !journey.IsClosed && !journey.ActiveSinceWatch && journey.CountsAsActivity(activity.OccurredAt)
            ? Decision.Of(new FirstActivityNoted(activity.ClientId, activity.Source, activity.OccurredAt))
            : Decision.None;
}
