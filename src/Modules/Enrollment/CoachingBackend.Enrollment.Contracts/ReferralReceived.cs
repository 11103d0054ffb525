using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Contracts;

/// <summary>
/// A client was referred and their journey began. Other modules learn of the client from this
/// (and so can answer 404 for a client that does not exist in the organisation).
/// </summary>
[EventMeaning("Directory fact: a client exists in the organisation, referred by the given route.")]
public sealed record ReferralReceived(
    string TenantId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    string ReferralSource,
    DateTimeOffset ReferredAt);
