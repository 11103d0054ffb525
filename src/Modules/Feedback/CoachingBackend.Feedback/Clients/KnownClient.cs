using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Feedback.Clients;

/// <summary>
/// What Feedback knows of a client: that they exist in the organisation, their responsible coach and whether they
/// left. Projected inline from Enrollment's client directory (<see cref="KnownClientProjection"/>).
/// </summary>
public sealed class KnownClient : IKnownClient
{
    public Guid Id { get; set; }
    public string? CoachUserId { get; set; }
    public ServiceStatus Status { get; set; }
}
