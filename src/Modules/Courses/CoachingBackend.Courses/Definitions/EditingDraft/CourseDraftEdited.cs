using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.Courses.Content;

namespace CoachingBackend.Courses.Definitions.EditingDraft;

[EventMeaning("A course's draft was replaced, whole: what its next version shared with coaches will hold.")]
public sealed record CourseDraftEdited(
    Guid CourseId,
    string Title,
    string? Description,
    IReadOnlyList<CourseTheme> Themes,
    ExecutionMode Mode,
    bool SelfEnrolment,
    IReadOnlyList<PlannedStep> Steps,
    [property: Personal(PersonalData.StaffId)] string EditedBy,
    DateTimeOffset EditedAt)
{
    public CourseDraft Draft() => new(Title, Description, Themes, Mode, SelfEnrolment, Steps);
}
