namespace CoachingBackend.Enrollment.Contracts;

/// <summary>The service is paused for a time-out: calendars pause and reminders stop until the client resumes.</summary>
public sealed record ClientTimeOutStarted(string TenantId, Guid ClientId, DateOnly ReturnBy, DateTimeOffset StartedAt);
