using CoachingBackend.ReadinessAssessment.Contracts;

namespace CoachingBackend.Enrollment.Clients;

public sealed record ReadinessSummary(Guid AssessmentId, string Instrument, string? TargetBehaviour, ReadinessLevel Level,
    ReadinessRecommendation Recommendation, string Rationale, DateTimeOffset AssessedAt);
