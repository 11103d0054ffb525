namespace CoachingBackend.Enrollment.Contracts;

/// <summary>
/// A client was referred and their journey began. Other modules learn of the client from this
/// (and so can answer 404 for a client that does not exist in the organisation).
/// </summary>
public sealed record ReferralReceived(string TenantId, Guid ClientId, string ReferralSource, DateTimeOffset ReferredAt);
