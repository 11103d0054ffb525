using CoachingBackend.Courses.Definitions;

namespace CoachingBackend.Courses.Enrolments;

/// <summary>What the step rules read of an enrolment, the same in the write model and the read model.</summary>
public interface IEnrolmentSteps
{
    ExecutionMode Mode { get; }
    DateTimeOffset EnrolledAt { get; }
    EnrolmentStatus Status { get; }
    IReadOnlyList<PublishedStep> Steps { get; }
    IReadOnlyList<StepDone> Done { get; }
    IReadOnlyList<string> Unlocked { get; }
}
