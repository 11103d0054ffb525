using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.Referring;

/// <summary>The first event of every client's journey: who was referred, by which route and why.</summary>
[EventMeaning("A client was referred to the service: the first event of their journey.")]
public sealed record ClientReferred(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    [property: Personal(PersonalData.Omitted)] PersonName Name,
    [property: Personal(PersonalData.BirthYear)] DateOnly? DateOfBirth,
    [property: Personal(PersonalData.Omitted)] ContactDetails Contact,
    ReferralSource Source,
    [property: Personal(PersonalData.Omitted)] string? ReferrerName,
    [property: Personal(PersonalData.Omitted)] string Reason,
    IReadOnlyList<RiskFactor> RiskFactors,
    DateTimeOffset ReferredAt);
