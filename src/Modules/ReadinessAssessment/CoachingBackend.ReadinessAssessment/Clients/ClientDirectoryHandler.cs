using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.ReadinessAssessment.Clients;

/// <summary>Keeps <see cref="KnownClient"/> in step with Enrollment. Each write is idempotent, as delivery is at-least-once.</summary>
public static class ClientDirectoryHandler
{
    private const string Actor = "system:readiness-assessment";

    public static async Task Handle(ReferralReceived referral, IDocumentStore store, Envelope envelope, CancellationToken ct)
    {
        await using var session = IntegrationSessions.Open(store, referral.TenantId, envelope, Actor);
        if (await session.LoadAsync<KnownClient>(referral.ClientId, ct) is not null) return;
        session.Store(new KnownClient { Id = referral.ClientId });
        await session.SaveChangesAsync(ct);
    }

    public static async Task Handle(ResponsibleCoachChanged change, IDocumentStore store, Envelope envelope, CancellationToken ct)
    {
        await using var session = IntegrationSessions.Open(store, change.TenantId, envelope, Actor);
        var client = await session.LoadAsync<KnownClient>(change.ClientId, ct) ?? new KnownClient { Id = change.ClientId };
        client.CoachUserId = change.CoachUserId;
        session.Store(client);
        await session.SaveChangesAsync(ct);
    }

    public static async Task Handle(ClientLeftService left, IDocumentStore store, Envelope envelope, CancellationToken ct)
    {
        await using var session = IntegrationSessions.Open(store, left.TenantId, envelope, Actor);
        var client = await session.LoadAsync<KnownClient>(left.ClientId, ct) ?? new KnownClient { Id = left.ClientId };
        client.HasLeft = true;
        session.Store(client);
        await session.SaveChangesAsync(ct);
    }
}
