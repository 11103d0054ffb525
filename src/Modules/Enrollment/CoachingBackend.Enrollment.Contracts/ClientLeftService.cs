namespace CoachingBackend.Enrollment.Contracts;

/// <summary>The client was discharged; modules stop what they run for them (programmes, courses, reminders).</summary>
public sealed record ClientLeftService(string TenantId, Guid ClientId, string Reason, DateTimeOffset DischargedAt);
