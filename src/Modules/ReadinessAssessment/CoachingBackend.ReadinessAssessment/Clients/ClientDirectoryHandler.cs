using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.ReadinessAssessment.Clients;

/// <summary>
/// Keeps <see cref="KnownClient"/> in step with Enrollment. Delivery is at-least-once and the three events run on
/// separate queues: a new record is inserted (failing if a racing handler made it first) and an existing one is
/// stored with its version checked, so a clash retries on fresh data instead of overwriting it.
/// </summary>
public static class ClientDirectoryHandler
{
    private const string Actor = "system:readiness-assessment";

    public static Task Handle(ReferralReceived referral, IDocumentStore store, Envelope envelope, CancellationToken ct) =>
        Change(store, referral.TenantId, referral.ClientId, envelope, _ => { }, ct);

    public static Task Handle(ResponsibleCoachChanged change, IDocumentStore store, Envelope envelope, CancellationToken ct) =>
        Change(store, change.TenantId, change.ClientId, envelope, client =>
        {
            if (client.CoachChangedAt is { } known && known > change.ChangedAt) return;
            client.CoachUserId = change.CoachUserId;
            client.CoachChangedAt = change.ChangedAt;
        }, ct);

    public static Task Handle(ClientLeftService left, IDocumentStore store, Envelope envelope, CancellationToken ct) =>
        Change(store, left.TenantId, left.ClientId, envelope, client => client.HasLeft = true, ct);

    private static async Task Change(IDocumentStore store, string tenantId, Guid clientId, Envelope envelope,
        Action<KnownClient> change, CancellationToken ct)
    {
        await using var session = IntegrationSessions.Open(store, tenantId, envelope, Actor);
        var client = await session.LoadAsync<KnownClient>(clientId, ct);
        if (client is null)
        {
            client = new KnownClient { Id = clientId };
            change(client);
            session.Insert(client);
        }
        else
        {
            change(client);
            session.Store(client);
        }
        await session.SaveChangesAsync(ct);
    }
}
