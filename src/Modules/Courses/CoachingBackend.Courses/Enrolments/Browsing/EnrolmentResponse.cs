using CoachingBackend.Courses.Definitions;

namespace CoachingBackend.Courses.Enrolments.Browsing;

/// <summary>
/// An enrolment with each step's state now. Extra material the coach has not unlocked is left out for the client;
/// staff see it (locked) so they know what they can unlock. The client's material requests come with the coach's answers.
/// </summary>
public sealed record EnrolmentResponse(Guid EnrolmentId, Guid ClientId, Guid CourseId, int CourseVersion, string CourseTitle,
    ExecutionMode Mode, EnrolmentStatus Status, bool SelfEnrolled, DateTimeOffset EnrolledAt, DateTimeOffset? FinishedAt,
    EnrolmentProgress Progress, IReadOnlyList<EnrolmentStepResponse> Steps, IReadOnlyList<MaterialRequestView> MaterialRequests)
{
    /// <summary>The stream version, for the ETag.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public long Version { get; init; }

    public static EnrolmentResponse From(EnrolmentRecord r, DateTimeOffset now, bool staff) => new(r.Id, r.ClientId, r.CourseId,
        r.CourseVersion, r.CourseTitle, r.Mode, r.Status, r.SelfEnrolled, r.EnrolledAt, r.FinishedAt, EnrolmentProgress.From(r),
        [.. r.Steps.Where(s => staff || r.IsVisible(s)).Select(s => EnrolmentStepResponse.From(r, s, now))], r.MaterialRequests)
    {
        Version = r.Version,
    };
}
