namespace CoachingBackend.ReadinessAssessment.Clients;

/// <summary>
/// What this module knows of a client, learnt from Enrollment's integration events: that they exist in the
/// organisation, who their responsible coach is, and whether they have left the service.
/// </summary>
public sealed class KnownClient
{
    public Guid Id { get; set; }
    public string? CoachUserId { get; set; }
    public bool HasLeft { get; set; }
}
