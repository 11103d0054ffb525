using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;
using Marten.Events.Aggregation;

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

public sealed partial class AssessmentRecordProjection : SingleStreamProjection<AssessmentRecord, Guid>
{
    public static AssessmentRecord Create(ReadinessAnswersSubmitted e) => new()
    {
        Id = e.AssessmentId, ClientId = e.ClientId, Questionnaire = e.Questionnaire, QuestionnaireVersion = e.QuestionnaireVersion,
        TargetBehaviour = e.TargetBehaviour, Answers = [.. e.Answers], Resources = e.Resources, SubmittedBy = e.SubmittedBy,
        SubmittedByClient = e.SubmittedByClient, SubmittedAt = e.SubmittedAt,
    };

    public static void Apply(ReadinessScored e, AssessmentRecord a)
    {
        a.ScoringPolicy = e.ScoringPolicy;
        a.Level = e.Level;
        a.Stage = e.Stage;
        a.Scores = new Dictionary<string, decimal>(e.Scores);
        a.Recommendation = e.Recommendation;
        a.RecommendationPolicy = e.RecommendationPolicy;
        a.Rationale = e.Rationale;
    }
}
