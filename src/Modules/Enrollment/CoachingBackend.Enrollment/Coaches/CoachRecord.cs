namespace CoachingBackend.Enrollment.Coaches;

/// <summary>The read model of a coach and the size of their caseload.</summary>
public sealed class CoachRecord
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Name { get; set; } = "";
    public string UserId { get; set; } = "";
    public int Capacity { get; set; }
    public int CaseloadSize { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}
