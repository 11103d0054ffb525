using CoachingBackend.BuildingBlocks.EventSourcing;

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

    /// <summary>The client as known after <paramref name="change"/>: inserted when new, else updated over the loaded version.</summary>
    public static Decision Learning(KnownClient? known, Guid clientId, Action<KnownClient> change)
    {
        var next = new KnownClient
        {
            Id = clientId, CoachUserId = known?.CoachUserId, CoachChangedAt = known?.CoachChangedAt, HasLeft = known?.HasLeft ?? false,
        };
        change(next);
        return known is null ? Decision.None.Inserting(next) : Decision.None.Updating(next);
    }
}
