using CoachingBackend.Enrollment.Contracts;

namespace CoachingBackend.ReadinessAssessment.Contracts;

/// <summary>
/// A readiness-for-change assessment was scored. Enrollment records it in the client's journey and gates
/// activation on the latest <see cref="Recommendation"/>.
/// </summary>
public sealed record ReadinessAssessed(
    string TenantId,
    Guid ClientId,
    Guid AssessmentId,
    string Instrument,
    int InstrumentVersion,
    string? TargetBehaviour,
    string Level,
    ReadinessRecommendation Recommendation,
    string RecommendationPolicy,
    string Rationale,
    string SubmittedBy,
    bool IsClientsOwnDoing,
    DateTimeOffset OccurredAt) : IClientActivity;
