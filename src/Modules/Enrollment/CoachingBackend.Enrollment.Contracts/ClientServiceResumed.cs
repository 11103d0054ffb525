namespace CoachingBackend.Enrollment.Contracts;

/// <summary>The client is back from a time-out: paused calendars may be shifted and run again.</summary>
public sealed record ClientServiceResumed(string TenantId, Guid ClientId, DateTimeOffset ResumedAt);
