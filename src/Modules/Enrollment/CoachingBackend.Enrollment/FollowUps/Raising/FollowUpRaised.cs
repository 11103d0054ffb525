namespace CoachingBackend.Enrollment.FollowUps.Raising;

/// <summary>Something for the responsible coach to act on, raised by the passage of time.</summary>
public sealed record FollowUpRaised(
    Guid ClientId, Guid FollowUpId, FollowUpKind Kind, Guid? CoachId, string Reason, DateTimeOffset DueSince, DateTimeOffset RaisedAt);
