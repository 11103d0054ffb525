using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Courses.Enrolments;

/// <summary>The rules of enrolling and of moving through a course, each a stable problem type (urn:coachingbackend:problem:&lt;rule&gt;).</summary>
public static class EnrolmentProblems
{
    public const string StepLockedRule = "step-locked";
    public const string StepNotOpenRule = "step-not-open";
    public const string StepClosedRule = "step-closed";
    public const string StepDoneRule = "step-done";
    public const string AlreadyEnrolledRule = "already-enrolled";
    public const string CourseNotReleasedRule = "course-not-released";
    public const string SelfEnrolmentNotAllowedRule = "self-enrolment-not-allowed";
    public const string ClientNotActiveRule = "client-not-active";
    public const string CourseClosedRule = "course-closed";
    public const string RequestFulfilledRule = "material-request-fulfilled";

    public static DomainRuleException StepLocked(string key) =>
        new(StepLockedRule, $"Step '{key}' follows required steps that are not done yet; do those first.");

    public static DomainRuleException StepNotOpen(string key, DateTimeOffset opensAt) =>
        new(StepNotOpenRule, $"Step '{key}' opens at {opensAt:O}.");

    public static DomainRuleException StepClosed(string key) => new(StepClosedRule, $"Step '{key}' is closed: its window has passed.");

    public static DomainRuleException StepDone(string key) =>
        new(StepDoneRule, $"Step '{key}' is done already, with another answer; a done step keeps its first answer.");

    public static DomainRuleException AlreadyEnrolled(Guid enrolmentId) =>
        new(AlreadyEnrolledRule, $"The client is enrolled in this course already: enrolment {enrolmentId}.");

    public static DomainRuleException CourseNotReleased() =>
        new(CourseNotReleasedRule, "No version of this course is published to clients yet.");

    public static DomainRuleException SelfEnrolmentNotAllowed() =>
        new(SelfEnrolmentNotAllowedRule, "This course does not let clients enrol themselves; ask your coach.");

    public static DomainRuleException ClientNotActive() =>
        new(ClientNotActiveRule, "The client is not active in the service; courses are for active clients.");

    public static DomainRuleException CourseClosed() =>
        new(CourseClosedRule, "Every window of the course's required steps has closed; it can no longer be completed.");

    public static DomainRuleException RequestFulfilled() =>
        new(RequestFulfilledRule, "This request has been answered already, with another note.");
}
