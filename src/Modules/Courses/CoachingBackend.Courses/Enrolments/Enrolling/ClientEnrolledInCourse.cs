using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.Courses.Definitions;

namespace CoachingBackend.Courses.Enrolments.Enrolling;

/// <summary>The enrolment pins the course version: its steps (and their pinned material) are copied in whole.</summary>
[EventMeaning("A client was enrolled in a course (by their coach, or by themself where the course allows it), at its latest version released to clients.")]
public sealed record ClientEnrolledInCourse(
    Guid EnrolmentId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid CourseId,
    int CourseVersion,
    string CourseTitle,
    ExecutionMode Mode,
    IReadOnlyList<PublishedStep> Steps,
    bool SelfEnrolled,
    [property: Personal(PersonalData.StaffId)] string EnrolledBy,
    DateTimeOffset EnrolledAt);
