using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Materials.Browsing;

/// <summary>A material item at its current revision.</summary>
/// <param name="Version">The item's version, also its ETag: what If-Match takes.</param>
/// <param name="DurationSeconds">A video's length in seconds.</param>
public sealed record MaterialResponse(
    Guid MaterialId,
    long Version,
    int Revision,
    MaterialKind Kind,
    string Title,
    string? Body,
    string? Url,
    int? DurationSeconds,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Tags,
    string Language,
    int? EstimatedMinutes,
    bool IsRetired,
    string AddedBy,
    DateTimeOffset AddedAt,
    string RevisedBy,
    DateTimeOffset RevisedAt)
{
    public static MaterialResponse From(MaterialRecord m) => new(m.Id, m.Version, m.Revision, m.Kind, m.Title, m.Body, m.Url,
        m.DurationSeconds, m.Themes, m.Tags, m.Language, m.EstimatedMinutes, m.IsRetired, m.AddedBy, m.AddedAt, m.RevisedBy, m.RevisedAt);
}
