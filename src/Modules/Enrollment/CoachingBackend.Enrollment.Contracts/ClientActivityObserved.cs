namespace CoachingBackend.Enrollment.Contracts;

/// <summary>The client did something of their own, somewhere in the product (<see cref="Source"/> names the event).</summary>
public sealed record ClientActivityObserved(string TenantId, Guid ClientId, string Source, DateTimeOffset OccurredAt);
