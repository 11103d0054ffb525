namespace CoachingBackend.Courses.Materials;

/// <summary>
/// What Courses knows of an item of the organisation's material bank: its latest revision, whole, as the Programs
/// module announced it (<c>MaterialPublished</c>, <c>MaterialRevised</c>, <c>MaterialRetired</c>). Courses never reads
/// Programs' tables; a step pins a copy of this (<see cref="PinnedCourseMaterial"/>) when its course is published.
/// Kinds and themes are spelled as the API spells them (<c>video</c>, <c>mental-wellbeing</c>).
/// </summary>
public sealed class KnownMaterial
{
    public Guid Id { get; set; }
    /// <summary>The bank's revision of the item (not named Version: Marten sets that to a stream's version).</summary>
    public int Revision { get; set; }
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public string? Url { get; set; }
    public int? DurationSeconds { get; set; }
    public IReadOnlyList<string> Themes { get; set; } = [];
    public IReadOnlyList<string> Tags { get; set; } = [];
    public string Language { get; set; } = "";
    public int? EstimatedMinutes { get; set; }
    /// <summary>Retired from the bank: offered for no new step, still shown where a step pinned it.</summary>
    public bool IsRetired { get; set; }

    public PinnedCourseMaterial Pin() => new(Id, Revision, Kind, Title, Body, Url, DurationSeconds, EstimatedMinutes);
}
