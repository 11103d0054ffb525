namespace CoachingBackend.Programs.Contracts;

/// <summary>
/// A material item has a new revision, whole (not a difference). What already uses an earlier revision keeps it;
/// new use takes this one.
/// </summary>
/// <param name="DurationSeconds">A video's length in seconds; null for other kinds.</param>
public sealed record MaterialRevised(
    string TenantId,
    Guid MaterialId,
    int Revision,
    string Kind,
    string Title,
    string? Body,
    string? Url,
    int? DurationSeconds,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tags,
    string Language,
    int? EstimatedMinutes,
    DateTimeOffset RevisedAt);
