using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Scoring;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.ReadinessAssessment.Assessments.Submitting;

/// <summary>What the answers mean under the named policies: derived, and recorded with the policies that derived it.</summary>
[EventMeaning("Readiness answers were scored: level, stage of change, scores and recommendation.")]
public sealed record ReadinessScored(
    Guid AssessmentId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    string ScoringPolicy,
    ReadinessLevel Level,
    StageOfChange? Stage,
    IReadOnlyDictionary<string, decimal> Scores,
    ReadinessRecommendation Recommendation,
    string RecommendationPolicy,
    string Rationale,
    DateTimeOffset ScoredAt);
