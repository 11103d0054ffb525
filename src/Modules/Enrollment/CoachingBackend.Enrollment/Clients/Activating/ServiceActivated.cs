namespace CoachingBackend.Enrollment.Clients.Activating;

/// <summary>
/// The service period began. <see cref="OverrideReason"/> is set when the coach activated without a
/// "proceed" recommendation, and says why.
/// </summary>
public sealed record ServiceActivated(
    Guid ClientId,
    DateTimeOffset ActivatedAt,
    DateOnly EndsOn,
    int PassiveAfterDays,
    ReadinessRecommendationAtActivation Recommendation,
    string? OverrideReason,
    string ActivatedBy);
