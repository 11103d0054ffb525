namespace CoachingBackend.Enrollment.FollowUps;

/// <summary>One follow-up on a coach's list, from the client's journey events.</summary>
public sealed class FollowUpRecord
{
    public Guid Id { get; set; }
    public Guid ClientId { get; set; }
    public Guid? CoachId { get; set; }
    public FollowUpKind Kind { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset DueSince { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public bool IsOpen { get; set; } = true;
    public FollowUpOutcome? Outcome { get; set; }
    public string? Note { get; set; }
    public string? CompletedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
