namespace CoachingBackend.BuildingBlocks.Problems;

/// <summary>
/// If-Match names no current version of the record (RFC 9110 §13.1.1): the request is not performed and the
/// answer is 412 with the stale-version type, as for an If-Match version that has since moved on.
/// </summary>
public sealed class PreconditionFailedException(string detail) : Exception(detail);
