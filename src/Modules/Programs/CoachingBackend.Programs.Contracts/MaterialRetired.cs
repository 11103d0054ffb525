namespace CoachingBackend.Programs.Contracts;

/// <summary>
/// A material item was retired: offer it for no new use, but keep showing it where it is used already (its last
/// revision is carried for that).
/// </summary>
/// <param name="DurationSeconds">A video's length in seconds; null for other kinds.</param>
public sealed record MaterialRetired(
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
    DateTimeOffset RetiredAt);
