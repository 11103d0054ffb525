namespace CoachingBackend.ReadinessAssessment.Clients;

/// <summary>
/// What this module knows of a client, learnt from Enrollment's integration events: that they exist in the
/// organisation, who their responsible coach is, and whether they have left the service. Stored with optimistic
/// concurrency, as those events arrive on separate queues and may race.
/// </summary>
public sealed class KnownClient
{
    public Guid Id { get; set; }
    public string? CoachUserId { get; set; }
    /// <summary>When the coach last changed, so that a late, older change cannot undo a newer one.</summary>
    public DateTimeOffset? CoachChangedAt { get; set; }
    public bool HasLeft { get; set; }
}
