namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// The client's answer to the question every assessment carries (<see cref="RecommendationPolicy.ResourcesQuestion"/>):
/// readiness without time and energy is not enough to start.
/// </summary>
public enum Resources
{
    Yes,
    Partly,
    No,
}
