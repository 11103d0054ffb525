using Marten.Events.Projections;

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

public sealed partial class FollowUpRecordProjection : MultiStreamProjection<FollowUpRecord, Guid>
{
    public FollowUpRecordProjection()
    {
        Identity<FollowUpRaised>(e => e.FollowUpId);
        Identity<FollowUpCompleted>(e => e.FollowUpId);
    }

    public static FollowUpRecord Create(FollowUpRaised e) => new()
    {
        Id = e.FollowUpId, ClientId = e.ClientId, CoachId = e.CoachId, Kind = e.Kind, Reason = e.Reason,
        DueSince = e.DueSince, RaisedAt = e.RaisedAt,
    };

    public static void Apply(FollowUpCompleted e, FollowUpRecord f)
    {
        f.IsOpen = false;
        f.Outcome = e.Outcome;
        f.Note = e.Note;
        f.CompletedBy = e.CompletedBy;
        f.CompletedAt = e.CompletedAt;
    }
}
