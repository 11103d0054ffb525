namespace CoachingBackend.Enrollment.Analytics;

/// <summary>
/// One client's path through the service, reduced to the dates of its steps and no person: the base the journey
/// analytics (funnel, dropout, readiness, time-outs) aggregate over. Built asynchronously from the journey stream.
/// </summary>
public sealed class ClientPathRecord
{
    public Guid Id { get; set; }
    public DateTimeOffset ReferredAt { get; set; }
    public DateTimeOffset? IntakeAt { get; set; }
    public DateTimeOffset? FirstAssessedAt { get; set; }
    public string? FirstReadinessLevel { get; set; }
    public string? LatestReadinessLevel { get; set; }
    public int Assessments { get; set; }
    public DateTimeOffset? ActivatedAt { get; set; }
    public DateTimeOffset? DischargedAt { get; set; }
    public string? DischargeReason { get; set; }
    public List<TimeOutSpell> TimeOuts { get; set; } = [];
}
