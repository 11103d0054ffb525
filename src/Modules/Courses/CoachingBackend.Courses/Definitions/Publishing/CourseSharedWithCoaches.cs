using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.Courses.Content;

namespace CoachingBackend.Courses.Definitions.Publishing;

/// <summary>The course version is <see cref="CourseVersion"/>: Marten would set a property named Version to the stream's.</summary>
[EventMeaning("A course's draft was frozen as a new version, its material pinned, for the organisation's coaches to review.")]
public sealed record CourseSharedWithCoaches(
    Guid CourseId,
    int CourseVersion,
    string Title,
    string? Description,
    IReadOnlyList<CourseTheme> Themes,
    ExecutionMode Mode,
    bool SelfEnrolment,
    IReadOnlyList<PublishedStep> Steps,
    [property: Personal(PersonalData.StaffId)] string SharedBy,
    DateTimeOffset SharedAt);
