namespace CoachingBackend.Enrollment.Clients.Referring;

/// <summary>The answer to a referral: the new client's id and the journey's first version.</summary>
public sealed record ReferralAccepted(Guid ClientId, long Version, DateTimeOffset ReferredAt);
