using Marten.Metadata;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>
/// The read model behind <c>GET /clients</c>, kept in step with the journey in the same transaction. It also
/// carries when each time-driven follow-up falls due, so the follow-up scan is one indexed query.
/// </summary>
public sealed class ClientRecord : ITenanted
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string? TenantId { get; set; }
    public PersonName Name { get; set; } = new("", "");
    public DateOnly? DateOfBirth { get; set; }
    public ContactDetails Contact { get; set; } = new(null, null, ContactChannel.Phone);
    public ReferralSource ReferralSource { get; set; }
    public string? ReferrerName { get; set; }
    public string ReferralReason { get; set; } = "";
    public List<RiskFactor> RiskFactors { get; set; } = [];
    public ClientStatus Status { get; set; }
    public DateTimeOffset ReferredAt { get; set; }
    public string? ReferredBy { get; set; }
    public Guid? CoachId { get; set; }
    public string? CoachUserId { get; set; }
    public IntakeSummary? Intake { get; set; }
    public int MeetingsHeld { get; set; }
    public int MeetingsMissed { get; set; }
    public ReadinessSummary? LatestReadiness { get; set; }
    public ServicePeriod? Service { get; set; }
    public TimeOutSummary? TimeOut { get; set; }
    public DischargeSummary? Discharge { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }
    public int PassiveAfterDays { get; set; }
    /// <summary>Since when the client is watched for passivity: activation, then each resumption.</summary>
    public DateTimeOffset? PassiveWatchSince { get; set; }
    public int OpenFollowUps { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }

    // When the time-driven follow-ups fall due; cleared once raised or no longer relevant.
    public DateTimeOffset? PassiveCheckDueAt { get; set; }
    public DateTimeOffset? TimeOutOverdueAt { get; set; }
    public DateTimeOffset? ServiceEndDueAt { get; set; }
}
