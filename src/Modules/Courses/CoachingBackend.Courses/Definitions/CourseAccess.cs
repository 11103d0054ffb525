using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// A draft is its author's and the org-admins' until a version is shared with coaches; from then every coach of the
/// organisation sees the shared versions. What the caller may not see does not exist for them: 404, not 403.
/// </summary>
public static class CourseAccess
{
    public static bool CanSeeDraft(this RequestContext caller, string authorUserId) =>
        caller.IsInRole(Roles.OrgAdmin) || (caller.IsInRole(Roles.Coach) && caller.UserId == authorUserId);

    public static bool CanSee(this RequestContext caller, string authorUserId, bool anyShared) =>
        caller.CanSeeDraft(authorUserId) || (anyShared && caller.IsInRole(Roles.Coach));

    /// <summary>Only the author or an org-admin changes or publishes the draft.</summary>
    public static void EnsureMayEdit(this RequestContext caller, Course course)
    {
        if (!caller.CanSee(course.AuthorUserId, course.LatestVersion > 0)) throw new NotFoundException("course", course.Id);
        if (!caller.CanSeeDraft(course.AuthorUserId))
            throw new ForbiddenException("Only the course's author or an org-admin may change or publish it.");
    }
}
