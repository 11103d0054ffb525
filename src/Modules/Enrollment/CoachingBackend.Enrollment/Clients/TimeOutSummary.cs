namespace CoachingBackend.Enrollment.Clients;

public sealed record TimeOutSummary(string Reason, DateOnly ReturnBy, DateTimeOffset StartedAt, DateTimeOffset? ResumedAt);
