using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Enrollment.Clients.HearingActivity;

/// <summary>
/// Any module's event marked as the client's own doing counts as activity. Every one moves the activity log on;
/// only the first after an activation is written to the journey, which settles that the client is not passive.
/// </summary>
public static class ClientActivityHandler
{
    public static async Task Handle(ClientActivityObserved activity, IDocumentStore store, Envelope envelope, CancellationToken ct)
    {
        await using var session = IntegrationSessions.Open(store, activity.TenantId, envelope, activity.ClientId.ToString());
        var stream = await session.Events.FetchForWriting<ClientJourney>(activity.ClientId, ct);
        if (stream.Aggregate is not { } journey || journey.IsClosed) return;

        var log = await session.LoadAsync<ClientActivityLog>(activity.ClientId, ct);
        if (log is null)
        {
            session.Insert(new ClientActivityLog { Id = activity.ClientId, LastActivityAt = activity.OccurredAt, LastSource = activity.Source, Count = 1 });
        }
        else
        {
            log.Count++;
            if (activity.OccurredAt > log.LastActivityAt) (log.LastActivityAt, log.LastSource) = (activity.OccurredAt, activity.Source);
            session.Store(log);
        }

        if (!journey.ActiveSinceActivation && journey.CountsAsActivity(activity.OccurredAt))
        {
            stream.AppendOne(new FirstActivityNoted(activity.ClientId, activity.Source, activity.OccurredAt));
        }
        await session.SaveChangesAsync(ct);
    }
}
