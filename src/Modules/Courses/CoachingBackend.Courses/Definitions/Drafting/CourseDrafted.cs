using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.Courses.Content;

namespace CoachingBackend.Courses.Definitions.Drafting;

[EventMeaning("A coach or org-admin started a course as a draft; they are its author.")]
public sealed record CourseDrafted(
    Guid CourseId,
    string Title,
    string? Description,
    IReadOnlyList<CourseTheme> Themes,
    ExecutionMode Mode,
    bool SelfEnrolment,
    IReadOnlyList<PlannedStep> Steps,
    [property: Personal(PersonalData.StaffId)] string DraftedBy,
    DateTimeOffset DraftedAt)
{
    public CourseDraft Draft() => new(Title, Description, Themes, Mode, SelfEnrolment, Steps);
}
