namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>How a questionnaire's answers become a readiness result; each method has its own published policy.</summary>
public enum ScoringMethod
{
    Urica,
    ReadinessRuler,
    StageOfChange,
    Linear,
}
