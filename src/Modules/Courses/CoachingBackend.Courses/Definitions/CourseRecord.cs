using CoachingBackend.Courses.Content;

namespace CoachingBackend.Courses.Definitions;

/// <summary>A course as lists and pages show it: the draft, and a summary of each version.</summary>
public sealed class CourseRecord
{
    public Guid Id { get; set; }
    /// <summary>The course stream's version, the ETag for If-Match on the draft (comments live elsewhere).</summary>
    public long StreamVersion { get; set; }
    public string AuthorUserId { get; set; } = "";
    public DateTimeOffset DraftedAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }

    // The draft: seen by its author and org-admins only.
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public IReadOnlyList<CourseTheme> Themes { get; set; } = [];
    public ExecutionMode Mode { get; set; }
    public bool SelfEnrolment { get; set; }
    public IReadOnlyList<PlannedStep> Steps { get; set; } = [];
    public bool DraftChangedSinceShared { get; set; }

    /// <summary>The title of the latest shared version: what the organisation's other coaches see.</summary>
    public string? SharedTitle { get; set; }
    public bool IsSharedWithCoaches { get; set; }
    public bool IsReleasedToClients { get; set; }
    /// <summary>The latest version released to clients (0: none): what a new enrolment pins.</summary>
    public int LatestReleasedVersion { get; set; }
    /// <summary>The latest released version lets clients enrol themselves: clients find it in the list of courses.</summary>
    public bool OpenToSelfEnrolment { get; set; }
    public List<CourseVersionSummary> Versions { get; set; } = [];
}
