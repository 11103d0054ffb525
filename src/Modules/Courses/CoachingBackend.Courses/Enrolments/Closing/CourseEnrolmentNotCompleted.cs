using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Courses.Enrolments.Closing;

[EventMeaning("The last window of a timed course closed with required steps of a client's enrolment not done: it ends not completed.")]
public sealed record CourseEnrolmentNotCompleted(
    Guid EnrolmentId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid CourseId,
    IReadOnlyList<string> OpenRequiredSteps,
    DateTimeOffset ClosedAt);
