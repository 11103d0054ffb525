using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Courses.Enrolments.Completing;

[EventMeaning("A client did a step of a course they are enrolled in, with their answer when the step asked for one.")]
public sealed record CourseStepCompleted(
    Guid EnrolmentId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid CourseId,
    string StepKey,
    [property: Personal(PersonalData.Omitted)] string? Answer,
    DateTimeOffset CompletedAt);
