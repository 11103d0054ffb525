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

    public static Task Handle(ReferralReceived referral, IDocumentSession session, IMessageContext message, TimeProvider time,
        CancellationToken ct) =>
        Learn(session, message, time, referral.ClientId, _ => { }, ct);

    public static Task Handle(ResponsibleCoachChanged change, IDocumentSession session, IMessageContext message, TimeProvider time,
        CancellationToken ct) =>
        Learn(session, message, time, change.ClientId, client =>
        {
            if (client.CoachChangedAt is { } known && known > change.ChangedAt) return;
            client.CoachUserId = change.CoachUserId;
            client.CoachChangedAt = change.ChangedAt;
        }, ct);

    public static Task Handle(ClientLeftService left, IDocumentSession session, IMessageContext message, TimeProvider time,
        CancellationToken ct) =>
        Learn(session, message, time, left.ClientId, client => client.HasLeft = true, ct);

    private static async Task Learn(IDocumentSession session, IMessageContext message, TimeProvider time, Guid clientId,
        Action<KnownClient> change, CancellationToken ct)
    {
        var streams = EventStreams.ForMessage(session, message, Actor, time);
        var known = await streams.Reads.LoadAsync<KnownClient>(clientId, ct);
        await streams.Decide(_ => KnownClient.Learning(known, clientId, change), ct);
    }
}
