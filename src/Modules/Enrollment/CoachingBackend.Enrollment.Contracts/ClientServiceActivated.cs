namespace CoachingBackend.Enrollment.Contracts;

/// <summary>The client's service period began: modules may now run programmes and courses for them.</summary>
public sealed record ClientServiceActivated(string TenantId, Guid ClientId, DateTimeOffset ActivatedAt, DateOnly EndsOn);
