using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Materials;

/// <summary>A material item of the organisation's bank at its current revision (earlier revisions stay readable).</summary>
public sealed class MaterialRecord
{
    public Guid Id { get; set; }
    /// <summary>The current revision, from 1.</summary>
    public int Revision { get; set; }
    public MaterialKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public string? Url { get; set; }
    public int? EstimatedMinutes { get; set; }
    public IReadOnlyList<Theme> Themes { get; set; } = [];
    public bool IsRetired { get; set; }

    /// <summary>This item as it stands now, for what is published with it.</summary>
    public PinnedMaterial Pin() => new(Id, Revision, Kind, Title, Url, EstimatedMinutes);
}
