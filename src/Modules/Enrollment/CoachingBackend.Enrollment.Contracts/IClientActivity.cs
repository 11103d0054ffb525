namespace CoachingBackend.Enrollment.Contracts;

/// <summary>
/// Marks an integration event as something about a client. When <see cref="IsClientsOwnDoing"/> is true it is
/// the client's own activity (a questionnaire they filled, a task they completed, a watch that synced):
/// Enrollment counts it, and a client with none in the first month after activation is followed up as passive.
/// </summary>
public interface IClientActivity
{
    string TenantId { get; }
    Guid ClientId { get; }
    DateTimeOffset OccurredAt { get; }
    bool IsClientsOwnDoing { get; }
}
