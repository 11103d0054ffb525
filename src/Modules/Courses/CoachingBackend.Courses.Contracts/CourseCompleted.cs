namespace CoachingBackend.Courses.Contracts;

/// <summary>
/// A client finished a course: every required step done. The Feedback module sends the end-of-course survey from it;
/// it is published once per enrolment.
/// </summary>
public sealed record CourseCompleted(
    string TenantId,
    Guid ClientId,
    Guid EnrolmentId,
    Guid CourseId,
    int CourseVersion,
    string CourseTitle,
    DateTimeOffset CompletedAt);
