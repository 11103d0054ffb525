using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Materials;

/// <summary>
/// A material item of the organisation's bank at its current revision (earlier revisions stay readable as
/// <see cref="MaterialRevisionRecord"/>). Projected inline by <see cref="MaterialRecordProjection"/>.
/// </summary>
public sealed class MaterialRecord
{
    public Guid Id { get; set; }
    /// <summary>The stream's version, the ETag for If-Match (a retirement moves it, not the revision).</summary>
    public long Version { get; set; }
    /// <summary>The current revision, from 1.</summary>
    public int Revision { get; set; }
    public MaterialKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public string? Url { get; set; }
    /// <summary>A video's length in seconds.</summary>
    public int? DurationSeconds { get; set; }
    public int? EstimatedMinutes { get; set; }
    public IReadOnlyList<Theme> Themes { get; set; } = [];
    public IReadOnlyList<string> Tags { get; set; } = [];
    public string Language { get; set; } = "";
    public bool IsRetired { get; set; }
    public string AddedBy { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
    public string RevisedBy { get; set; } = "";
    public DateTimeOffset RevisedAt { get; set; }

    /// <summary>
    /// Title and body in one text, what the full-text index covers: an index over the two fields apart would be null
    /// for an item without a body (PostgreSQL's <c>||</c> of a null is null), hiding its title from search.
    /// </summary>
    public string SearchText { get; set; } = "";

    /// <summary>This item as it stands now, for what is published with it.</summary>
    public PinnedMaterial Pin() => new(Id, Revision, Kind, Title, Url, EstimatedMinutes);

    public void Show(MaterialContent c, int revision, string by, DateTimeOffset at)
    {
        Revision = revision;
        (Kind, Title, Body, Url, DurationSeconds, EstimatedMinutes) = (c.Kind, c.Title, c.Body, c.Url, c.DurationSeconds, c.EstimatedMinutes);
        (Themes, Tags, Language) = (c.Themes, c.Tags, c.Language);
        (RevisedBy, RevisedAt) = (by, at);
        SearchText = $"{c.Title}\n{c.Body}";
    }
}
