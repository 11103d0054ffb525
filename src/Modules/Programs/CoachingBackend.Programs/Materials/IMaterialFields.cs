using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Materials;

/// <summary>The fields a caller sends to add or revise a material item (both take the whole item).</summary>
public interface IMaterialFields
{
    MaterialKind? Kind { get; }
    string Title { get; }
    string? Body { get; }
    string? Url { get; }
    int? DurationSeconds { get; }
    IReadOnlyList<Theme> Themes { get; }
    IReadOnlyList<string>? Tags { get; }
    string Language { get; }
    int? EstimatedMinutes { get; }
}
