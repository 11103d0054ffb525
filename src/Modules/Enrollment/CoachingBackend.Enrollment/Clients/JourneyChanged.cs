namespace CoachingBackend.Enrollment.Clients;

/// <summary>The answer to a command on a client: the journey's new version (also the ETag).</summary>
public sealed record JourneyChanged(Guid ClientId, long Version);
