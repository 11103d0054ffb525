using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.ReadinessAssessment.Assessments;

/// <summary>The read model of one assessment, with its latest score.</summary>
public sealed class AssessmentRecord
{
    public Guid Id { get; set; }
    public Guid ClientId { get; set; }
    public string Questionnaire { get; set; } = "";
    public int QuestionnaireVersion { get; set; }
    public TargetBehaviour? TargetBehaviour { get; set; }
    public List<Answer> Answers { get; set; } = [];
    public Resources Resources { get; set; }
    public string SubmittedBy { get; set; } = "";
    public bool SubmittedByClient { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string ScoringPolicy { get; set; } = "";
    public ReadinessLevel Level { get; set; }
    public StageOfChange? Stage { get; set; }
    public Dictionary<string, decimal> Scores { get; set; } = [];
    public ReadinessRecommendation Recommendation { get; set; }
    public string RecommendationPolicy { get; set; } = "";
    public string Rationale { get; set; } = "";
}
