namespace CoachingBackend.Enrollment.FollowUps;

/// <summary>Something for the responsible coach to act on, raised by the passage of time.</summary>
public sealed record FollowUpRaised(
    Guid ClientId, Guid FollowUpId, FollowUpKind Kind, Guid? CoachId, string Reason, DateTimeOffset DueSince, DateTimeOffset RaisedAt);

public sealed record FollowUpCompleted(
    Guid ClientId, Guid FollowUpId, FollowUpOutcome Outcome, string? Note, string CompletedBy, DateTimeOffset CompletedAt);

public enum FollowUpKind
{
    /// <summary>No activity of the client's own in the first month after activation: contact them.</summary>
    PassiveClient,
    /// <summary>The time-out's return-by date passed without a resumption: contact the client.</summary>
    TimeOutEnded,
    /// <summary>The service period ended while the client is still active: discharge or extend.</summary>
    ServicePeriodEnded,
}

public enum FollowUpOutcome { Contacted, NotReached, Other }
