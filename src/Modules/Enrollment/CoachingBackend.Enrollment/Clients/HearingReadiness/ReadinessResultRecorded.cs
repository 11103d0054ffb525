using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.HearingReadiness;

/// <summary>
/// A readiness assessment's outcome, as the ReadinessAssessment module published it: the journey's record of it
/// and what the activation gate reads.
/// </summary>
[EventMeaning("A readiness assessment's level and recommendation reached the client's journey.")]
public sealed record ReadinessResultRecorded(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid AssessmentId,
    string Instrument,
    string? TargetBehaviour,
    string Level,
    ReadinessRecommendation Recommendation,
    string Rationale,
    bool SubmittedByClient,
    DateTimeOffset AssessedAt);
