using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Materials;

/// <summary>What one revision of a material item says: everything a revision replaces as a whole.</summary>
/// <param name="DurationSeconds">A video's length in seconds.</param>
public sealed record MaterialContent(
    MaterialKind Kind,
    string Title,
    string? Body,
    string? Url,
    int? DurationSeconds,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Tags,
    string Language,
    int? EstimatedMinutes)
{
    /// <summary>The fields as sent, tidied: trimmed, blank texts as null, themes and tags once each in the order given.</summary>
    public static MaterialContent From(IMaterialFields fields) => new(
        fields.Kind!.Value,
        fields.Title.Trim(),
        Blank(fields.Body),
        Blank(fields.Url),
        fields.DurationSeconds,
        [.. fields.Themes.Distinct()],
        [.. (fields.Tags ?? []).Distinct()],
        fields.Language,
        fields.EstimatedMinutes);

    /// <summary>Equal field by field, lists by their items (a record compares lists by reference).</summary>
    public bool SameAs(MaterialContent other) =>
        this with { Themes = NoThemes, Tags = NoTags } == other with { Themes = NoThemes, Tags = NoTags }
        && Themes.SequenceEqual(other.Themes) && Tags.SequenceEqual(other.Tags);

    private static readonly IReadOnlyList<Theme> NoThemes = [];
    private static readonly IReadOnlyList<string> NoTags = [];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
