namespace CoachingBackend.Programs.Contracts;

/// <summary>
/// A new item entered the organisation's material bank, at revision 1. Carries all another module needs to show it
/// (kinds and themes as the API names them: <c>video</c>, <c>mental-wellbeing</c>), so no module reads Programs' tables.
/// </summary>
/// <param name="DurationSeconds">A video's length in seconds; null for other kinds.</param>
public sealed record MaterialPublished(
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
    DateTimeOffset PublishedAt);
