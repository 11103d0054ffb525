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
