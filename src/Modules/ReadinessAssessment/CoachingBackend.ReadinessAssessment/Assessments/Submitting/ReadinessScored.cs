using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.ReadinessAssessment.Assessments.Submitting;

/// <summary>What the answers mean under the named policies: derived, and recorded with the policies that derived it.</summary>
public sealed record ReadinessScored(
    Guid AssessmentId,
    Guid ClientId,
    string ScoringPolicy,
    ReadinessLevel Level,
    StageOfChange? Stage,
    IReadOnlyDictionary<string, decimal> Scores,
    ReadinessRecommendation Recommendation,
    string RecommendationPolicy,
    string Rationale,
    DateTimeOffset ScoredAt);
