namespace CoachingBackend.Programs.Programmes.Publishing;

/// <summary>A version coaches were given to review is now available to clients.</summary>
public sealed record ProgrammeReleasedToClients(Guid ProgrammeId, int Version, string ReleasedBy, DateTimeOffset ReleasedAt);
