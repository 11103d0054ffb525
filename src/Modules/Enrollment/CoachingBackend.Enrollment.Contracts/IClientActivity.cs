using CoachingBackend.BuildingBlocks.EventSourcing;

namespace CoachingBackend.Enrollment.Contracts;

/// <summary>
/// Marks an integration event as something about a client. When <see cref="IsClientsOwnDoing"/> is true it is
/// the client's own activity (a questionnaire they filled, a task they completed, a watch that synced): publishing
/// it also publishes <see cref="ClientActivityObserved"/>, which Enrollment counts; a client with no activity in
/// the first month after activation is followed up as passive.
/// </summary>
public interface IClientActivity : IImpliesIntegrationEvents
{
    string TenantId { get; }
    Guid ClientId { get; }
    DateTimeOffset OccurredAt { get; }
    bool IsClientsOwnDoing { get; }

    IEnumerable<object> IImpliesIntegrationEvents.ImpliedEvents() =>
        IsClientsOwnDoing ? [new ClientActivityObserved(TenantId, ClientId, GetType().Name, OccurredAt)] : [];
}

/// <summary>The client did something of their own, somewhere in the product (<see cref="Source"/> names the event).</summary>
public sealed record ClientActivityObserved(string TenantId, Guid ClientId, string Source, DateTimeOffset OccurredAt);
