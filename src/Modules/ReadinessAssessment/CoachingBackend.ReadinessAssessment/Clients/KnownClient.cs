namespace CoachingBackend.ReadinessAssessment.Clients;

/// <summary>
/// What this module knows of a client: that they exist in the organisation, who their responsible coach is, and
/// whether they have left the service. Projected inline from Enrollment's client directory
/// (<see cref="KnownClientProjection"/>), so it changes in the same transaction as the journey.
/// </summary>
public sealed class KnownClient
{
    public Guid Id { get; set; }
    public string? CoachUserId { get; set; }
    public DateTimeOffset? CoachChangedAt { get; set; }
    public bool HasLeft { get; set; }
}
