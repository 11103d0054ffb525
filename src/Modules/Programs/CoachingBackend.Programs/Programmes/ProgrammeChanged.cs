namespace CoachingBackend.Programs.Programmes;

/// <summary>The answer to a command on a programme: the stream's new version (also the ETag, for If-Match).</summary>
public sealed record ProgrammeChanged(Guid ProgrammeId, long Version);
