using CoachingBackend.ReadinessAssessment.Contracts;

namespace CoachingBackend.Enrollment.Clients.HearingReadiness;

/// <summary>
/// A readiness assessment's outcome, as the ReadinessAssessment module published it: the journey's record of it
/// and what the activation gate reads.
/// </summary>
public sealed record ReadinessResultRecorded(
    Guid ClientId,
    Guid AssessmentId,
    string Instrument,
    string? TargetBehaviour,
    string Level,
    ReadinessRecommendation Recommendation,
    string Rationale,
    bool SubmittedByClient,
    DateTimeOffset AssessedAt);
