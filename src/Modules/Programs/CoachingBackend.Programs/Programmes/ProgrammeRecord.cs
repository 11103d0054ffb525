using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Programmes;

/// <summary>A programme template as lists and pages show it: the draft, and a summary of each version.</summary>
public sealed class ProgrammeRecord
{
    public Guid Id { get; set; }
    /// <summary>The programme stream's version, the ETag for If-Match on the draft (comments live elsewhere).</summary>
    public long StreamVersion { get; set; }
    public string AuthorUserId { get; set; } = "";
    public DateTimeOffset DraftedAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }

    // The draft: seen by its author and org-admins only.
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int LengthWeeks { get; set; }
    public IReadOnlyList<Theme> Themes { get; set; } = [];
    public IReadOnlyList<PlannedActivity> Activities { get; set; } = [];
    public bool DraftChangedSinceShared { get; set; }

    /// <summary>The name of the latest shared version: what the organisation's other coaches see.</summary>
    public string? SharedName { get; set; }
    public bool IsSharedWithCoaches { get; set; }
    public bool IsReleasedToClients { get; set; }
    public List<ProgrammeVersionSummary> Versions { get; set; } = [];
}
