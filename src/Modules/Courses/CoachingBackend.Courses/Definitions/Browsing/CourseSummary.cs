using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Courses.Definitions.Browsing;

/// <summary>A course in a list: its latest version shared with coaches and the latest released to clients (0: none).</summary>
public sealed record CourseSummary(Guid CourseId, string Title, string AuthorUserId, int LatestVersion, int LatestReleasedVersion,
    bool OpenToSelfEnrolment, DateTimeOffset LastChangedAt)
{
    public static CourseSummary From(CourseRecord c, RequestContext caller) => new(c.Id,
        caller.CanSeeDraft(c.AuthorUserId) ? c.Title : c.SharedTitle ?? "", c.AuthorUserId, c.Versions.Count, c.LatestReleasedVersion,
        c.OpenToSelfEnrolment, c.LastChangedAt);
}
