using CoachingBackend.Enrollment.Clients.Activating;

namespace CoachingBackend.Enrollment.Clients;

public sealed record ServicePeriod(DateTimeOffset ActivatedAt, DateOnly EndsOn, ReadinessRecommendationAtActivation RecommendationAtActivation,
    string? OverrideReason, string ActivatedBy);
