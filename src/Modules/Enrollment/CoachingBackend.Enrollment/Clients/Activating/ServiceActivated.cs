using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.Activating;

/// <summary>
/// The service period began. <see cref="OverrideReason"/> is set when the coach activated without a
/// "proceed" recommendation, and says why.
/// </summary>
[EventMeaning("The client's service period began.")]
public sealed record ServiceActivated(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateTimeOffset ActivatedAt,
    DateOnly EndsOn,
    int PassiveAfterDays,
    ReadinessRecommendationAtActivation Recommendation,
    [property: Personal(PersonalData.Omitted)] string? OverrideReason,
    [property: Personal(PersonalData.StaffId)] string ActivatedBy);
