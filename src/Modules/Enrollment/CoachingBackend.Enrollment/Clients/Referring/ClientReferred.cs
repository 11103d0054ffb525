namespace CoachingBackend.Enrollment.Clients.Referring;

/// <summary>The first event of every client's journey: who was referred, by which route and why.</summary>
public sealed record ClientReferred(
    Guid ClientId,
    PersonName Name,
    DateOnly? DateOfBirth,
    ContactDetails Contact,
    ReferralSource Source,
    string? ReferrerName,
    string Reason,
    IReadOnlyList<RiskFactor> RiskFactors,
    DateTimeOffset ReferredAt);
