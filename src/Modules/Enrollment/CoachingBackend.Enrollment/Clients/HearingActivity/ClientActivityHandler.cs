using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Enrollment.Clients.HearingActivity;

/// <summary>
/// Any module's event marked as the client's own doing counts as activity. Only the first after an activation is
/// written to the journey, which settles that the client is not passive; the record keeps the latest time.
/// </summary>
public static class ClientActivityHandler
{
    public static async Task Handle(ClientActivityObserved activity, IDocumentStore store, Envelope envelope, CancellationToken ct)
    {
        await using var session = IntegrationSessions.Open(store, activity.TenantId, envelope, activity.ClientId.ToString());
        var stream = await session.Events.FetchForWriting<ClientJourney>(activity.ClientId, ct);
        if (stream.Aggregate is not { Status: ClientStatus.Active or ClientStatus.OnTimeOut, ActiveSinceActivation: false } journey) return;
        if (activity.OccurredAt < journey.ActivatedAt) return;

        stream.AppendOne(new FirstActivityNoted(activity.ClientId, activity.Source, activity.OccurredAt));
        await session.SaveChangesAsync(ct);
    }
}
