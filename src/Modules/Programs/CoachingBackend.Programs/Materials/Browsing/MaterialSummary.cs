using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Materials.Browsing;

/// <summary>A search hit: the item without its body (read it with GET /materials/{materialId}).</summary>
/// <param name="DurationSeconds">A video's length in seconds.</param>
public sealed record MaterialSummary(
    Guid MaterialId,
    int Revision,
    MaterialKind Kind,
    string Title,
    string? Url,
    int? DurationSeconds,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Tags,
    string Language,
    int? EstimatedMinutes,
    bool IsRetired)
{
    public static MaterialSummary From(MaterialRecord m) => new(m.Id, m.Revision, m.Kind, m.Title, m.Url, m.DurationSeconds,
        m.Themes, m.Tags, m.Language, m.EstimatedMinutes, m.IsRetired);
}
