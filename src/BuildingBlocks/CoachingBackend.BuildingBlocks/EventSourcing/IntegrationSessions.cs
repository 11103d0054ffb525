using Marten;
using Wolverine;

namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// Sessions for handlers of integration events: opened for the event's organisation, carrying the envelope's
/// correlation id and the envelope as the cause, so the journey shows what led to each change.
/// </summary>
public static class IntegrationSessions
{
    public static IDocumentSession Open(IDocumentStore store, string tenantId, Envelope envelope, string actor)
    {
        var session = store.LightweightSession(tenantId);
        session.CorrelationId = envelope.CorrelationId;
        session.CausationId = envelope.Id.ToString();
        session.LastModifiedBy = actor;
        return session;
    }
}
