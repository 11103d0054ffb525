namespace CoachingBackend.Enrollment.FollowUps.Completing;

public sealed record FollowUpCompleted(
    Guid ClientId, Guid FollowUpId, FollowUpOutcome Outcome, string? Note, string CompletedBy, DateTimeOffset CompletedAt);
