using CoachingBackend.Courses.Definitions;

namespace CoachingBackend.Courses.Enrolments.Browsing;

/// <summary>An enrolment in a list. stalled: active, and no step done for the organisation's stalled-after days.</summary>
public sealed record EnrolmentSummary(Guid EnrolmentId, Guid ClientId, Guid CourseId, int CourseVersion, string CourseTitle,
    ExecutionMode Mode, EnrolmentStatus Status, DateTimeOffset EnrolledAt, DateTimeOffset? FinishedAt, EnrolmentProgress Progress,
    bool Stalled)
{
    public static EnrolmentSummary From(EnrolmentRecord r, DateTimeOffset stalledBefore) => new(r.Id, r.ClientId, r.CourseId,
        r.CourseVersion, r.CourseTitle, r.Mode, r.Status, r.EnrolledAt, r.FinishedAt, EnrolmentProgress.From(r),
        r.Status == EnrolmentStatus.Active && r.LastActivityAt <= stalledBefore);
}
