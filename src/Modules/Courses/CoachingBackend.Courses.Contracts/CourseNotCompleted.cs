namespace CoachingBackend.Courses.Contracts;

/// <summary>
/// A client's timed course closed before they finished it: the last window of a required step closed with required
/// steps not done. Published once per enrolment, and never for one that was completed.
/// </summary>
public sealed record CourseNotCompleted(
    string TenantId,
    Guid ClientId,
    Guid EnrolmentId,
    Guid CourseId,
    int CourseVersion,
    string CourseTitle,
    int RequiredStepsOpen,
    int RequiredSteps,
    DateTimeOffset ClosedAt);
