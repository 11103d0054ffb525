using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Materials.Browsing;

/// <summary>One revision of a material item, as it was written.</summary>
/// <param name="DurationSeconds">A video's length in seconds.</param>
public sealed record MaterialRevisionResponse(
    Guid MaterialId,
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
    string WrittenBy,
    DateTimeOffset WrittenAt)
{
    public static MaterialRevisionResponse From(MaterialRevisionRecord r) => new(r.MaterialId, r.Revision, r.Kind, r.Title, r.Body,
        r.Url, r.DurationSeconds, r.Themes, r.Tags, r.Language, r.EstimatedMinutes, r.WrittenBy, r.WrittenAt);
}
