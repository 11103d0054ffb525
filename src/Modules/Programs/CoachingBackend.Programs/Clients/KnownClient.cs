using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Programs.Clients;

/// <summary>
/// What Programs knows of a client: that they exist in the organisation, their responsible coach, and where they are
/// in the service (activated when, on a time-out, left). Projected inline from Enrollment's client directory
/// (<see cref="KnownClientProjection"/>), so it changes in the same transaction as the journey.
/// </summary>
public sealed class KnownClient : IKnownClient
{
    public Guid Id { get; set; }
    public string? CoachUserId { get; set; }
    public ServiceStatus Status { get; set; }
    /// <summary>When the client was referred: no measurement may be of a day before it.</summary>
    public DateTimeOffset? ReferredAt { get; set; }
    public DateTimeOffset? ActivatedAt { get; set; }
    public DateOnly? ServiceEndsOn { get; set; }
}
