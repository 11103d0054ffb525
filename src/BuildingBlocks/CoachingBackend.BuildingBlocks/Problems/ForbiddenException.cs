namespace CoachingBackend.BuildingBlocks.Problems;

/// <summary>The caller's role may act here in general, but not on this record (another coach's client, say).</summary>
public sealed class ForbiddenException(string detail) : Exception(detail);
