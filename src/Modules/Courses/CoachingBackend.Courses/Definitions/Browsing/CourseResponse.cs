using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Courses.Definitions.Browsing;

/// <summary>A course: its draft (null for coaches who are not its author) and its versions.</summary>
public sealed record CourseResponse(Guid CourseId, string Title, string AuthorUserId, DateTimeOffset DraftedAt, CourseDraftResponse? Draft,
    IReadOnlyList<CourseVersionSummary> Versions)
{
    public static CourseResponse From(CourseRecord c, RequestContext caller)
    {
        var draft = caller.CanSeeDraft(c.AuthorUserId)
            ? new CourseDraftResponse(c.Title, c.Description, c.Themes, c.Mode, c.SelfEnrolment, [.. c.Steps.Select(StepResponse.From)],
                c.DraftChangedSinceShared)
            : null;
        return new CourseResponse(c.Id, draft?.Title ?? c.SharedTitle ?? "", c.AuthorUserId, c.DraftedAt, draft, c.Versions);
    }
}
