namespace CoachingBackend.ReadinessAssessment.Contracts;

/// <summary>The one coarse result every scoring policy ends in, whatever the instrument; recommendations use only this.</summary>
public enum ReadinessLevel
{
    Low,
    Moderate,
    High,
}
