namespace CoachingBackend.Programs.Programmes;

/// <summary>One version of a programme at a glance.</summary>
public sealed record ProgrammeVersionSummary(int Number, DateTimeOffset SharedWithCoachesAt, DateTimeOffset? ReleasedToClientsAt, int CommentCount);
