namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>The lifestyle behaviour an assessment asks about; readiness is always readiness to change something.</summary>
public enum TargetBehaviour
{
    Exercise,
    Eating,
    Sleep,
    Recovery,
}
