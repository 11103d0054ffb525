namespace CoachingBackend.Enrollment.Clients.Resuming;

public sealed record ServiceResumed(Guid ClientId, string? Note, string ResumedBy, DateTimeOffset ResumedAt);
