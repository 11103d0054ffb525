namespace CoachingBackend.Enrollment.Clients;

public sealed record ReferralResponse(
    ReferralSource Source, string? ReferrerName, string Reason, IReadOnlyList<RiskFactor> RiskFactors,
    DateTimeOffset ReferredAt, string? ReferredBy);
