using CoachingBackend.Courses.Definitions;
using Marten.Metadata;

namespace CoachingBackend.Courses.Enrolments;

/// <summary>
/// An enrolment as pages and lists show it, with its progress. Indexed by client and by course (with the enrolment time
/// they are listed in), and by when an active timed enrolment's last required window closes (the closing scan).
/// </summary>
public sealed class EnrolmentRecord : IEnrolmentSteps, ITenanted
{
    public Guid Id { get; set; }
    /// <summary>The enrolment stream's version (Marten sets it): the ETag.</summary>
    public long Version { get; set; }
    /// <summary>Set by Marten: the closing scan reads every organisation's due enrolments at once.</summary>
    public string? TenantId { get; set; }
    public Guid ClientId { get; set; }
    public Guid CourseId { get; set; }
    public int CourseVersion { get; set; }
    public string CourseTitle { get; set; } = "";
    public ExecutionMode Mode { get; set; }
    public bool SelfEnrolled { get; set; }
    public string EnrolledBy { get; set; } = "";
    public DateTimeOffset EnrolledAt { get; set; }
    public EnrolmentStatus Status { get; set; }
    public IReadOnlyList<PublishedStep> Steps { get; set; } = [];
    public IReadOnlyList<StepDone> Done { get; set; } = [];
    public IReadOnlyList<string> Unlocked { get; set; } = [];
    public List<MaterialRequestView> MaterialRequests { get; set; } = [];
    public int RequiredTotal { get; set; }
    public int RequiredDone { get; set; }
    /// <summary>The last step done, or the enrolment while none is: a client is stalled when this is long ago.</summary>
    public DateTimeOffset LastActivityAt { get; set; }
    /// <summary>Set while a timed enrolment is active: when its last required window closes.</summary>
    public DateTimeOffset? ClosesAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
