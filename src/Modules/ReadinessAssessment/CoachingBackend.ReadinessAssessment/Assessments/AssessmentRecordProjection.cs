using CoachingBackend.ReadinessAssessment.Assessments.Submitting;
using Marten.Events.Aggregation;

namespace CoachingBackend.ReadinessAssessment.Assessments;

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
