using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Courses.Enrolments.Completing;

[EventMeaning("Every required step of a client's enrolment is done: the course is completed (announced once as CourseCompleted).")]
public sealed record CourseEnrolmentCompleted(
    Guid EnrolmentId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid CourseId,
    int CourseVersion,
    DateTimeOffset CompletedAt);
