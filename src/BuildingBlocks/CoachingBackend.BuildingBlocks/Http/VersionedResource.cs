namespace CoachingBackend.BuildingBlocks.Http;

/// <summary>
/// Endpoint metadata: the operation answers with the stream version as <c>ETag</c>, and (for commands) takes
/// <c>If-Match</c>. The OpenAPI document declares both headers from it.
/// </summary>
public sealed record VersionedResource(bool AcceptsIfMatch);
