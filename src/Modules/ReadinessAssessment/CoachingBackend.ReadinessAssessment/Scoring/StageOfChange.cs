namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>The stages of the transtheoretical model, in the order people move through them.</summary>
public enum StageOfChange
{
    Precontemplation,
    Contemplation,
    Preparation,
    Action,
    Maintenance,
}
