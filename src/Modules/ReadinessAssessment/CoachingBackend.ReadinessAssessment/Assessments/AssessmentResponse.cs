using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.ReadinessAssessment.Assessments;

/// <summary>A scored assessment as partner apps see it.</summary>
/// <param name="Scores">By name: URICA gives precontemplation, contemplation, action, maintenance and readiness (R,
/// 3 decimals); the ruler gives importance, confidence and readiness; a linear questionnaire gives score.</param>
/// <param name="Trend">Against the previous assessment of the same questionnaire and target behaviour; null for the first.</param>
public sealed record AssessmentResponse(
    Guid AssessmentId,
    Guid ClientId,
    string Questionnaire,
    int QuestionnaireVersion,
    TargetBehaviour? TargetBehaviour,
    Resources Resources,
    ReadinessLevel Level,
    StageOfChange? Stage,
    IReadOnlyDictionary<string, decimal> Scores,
    string ScoringPolicy,
    ReadinessRecommendation Recommendation,
    string RecommendationPolicy,
    string Rationale,
    string SubmittedBy,
    bool SubmittedByClient,
    DateTimeOffset SubmittedAt,
    AssessmentTrend? Trend)
{
    public static AssessmentResponse From(AssessmentRecord a, AssessmentTrend? trend = null) => new(a.Id, a.ClientId, a.Questionnaire,
        a.QuestionnaireVersion, a.TargetBehaviour, a.Resources, a.Level, a.Stage, a.Scores, a.ScoringPolicy, a.Recommendation,
        a.RecommendationPolicy, a.Rationale, a.SubmittedBy, a.SubmittedByClient, a.SubmittedAt, trend);
}
