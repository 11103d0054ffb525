using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Materials;

/// <summary>
/// One revision of a material item as it was written; it never changes, so what was given at that revision stays
/// readable after later revisions and a retirement. Projected inline by <see cref="MaterialRevisionRecordProjection"/>.
/// </summary>
public sealed class MaterialRevisionRecord
{
    public Guid Id { get; set; }
    public Guid MaterialId { get; set; }
    public int Revision { get; set; }
    public MaterialKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public string? Url { get; set; }
    public int? DurationSeconds { get; set; }
    public int? EstimatedMinutes { get; set; }
    public IReadOnlyList<Theme> Themes { get; set; } = [];
    public IReadOnlyList<string> Tags { get; set; } = [];
    public string Language { get; set; } = "";
    public string WrittenBy { get; set; } = "";
    public DateTimeOffset WrittenAt { get; set; }

    /// <summary>A revision's id follows from its item and number.</summary>
    public static Guid IdOf(Guid materialId, int revision) => StableIds.From("material-revision", materialId.ToString(), revision.ToString());

    public static MaterialRevisionRecord Of(Guid materialId, int revision, MaterialContent c, string by, DateTimeOffset at) => new()
    {
        Id = IdOf(materialId, revision), MaterialId = materialId, Revision = revision, Kind = c.Kind, Title = c.Title, Body = c.Body,
        Url = c.Url, DurationSeconds = c.DurationSeconds, EstimatedMinutes = c.EstimatedMinutes, Themes = c.Themes, Tags = c.Tags,
        Language = c.Language, WrittenBy = by, WrittenAt = at,
    };
}
