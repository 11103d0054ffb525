using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Courses.Clients;

/// <summary>
/// What Courses knows of a client: that they exist in the organisation, their responsible coach, and where they are
/// in the service (activated when, on a time-out, left). Projected inline from Enrollment's client directory
/// (<see cref="KnownClientProjection"/>), so it changes in the same transaction as the journey.
/// </summary>
public sealed class KnownClient : IKnownClient
{
    public Guid Id { get; set; }
    public string? CoachUserId { get; set; }
    public ServiceStatus Status { get; set; }
    public DateTimeOffset? ActivatedAt { get; set; }
    public DateOnly? ServiceEndsOn { get; set; }
}
