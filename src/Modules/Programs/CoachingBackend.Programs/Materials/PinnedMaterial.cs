namespace CoachingBackend.Programs.Materials;

/// <summary>
/// A material item as it stood at one revision, copied into what uses it (a published programme version, a client's
/// calendar), so that later revisions or a retirement never change what a client was given.
/// </summary>
public sealed record PinnedMaterial(Guid MaterialId, int Revision, MaterialKind Kind, string Title, string? Url, int? EstimatedMinutes);
