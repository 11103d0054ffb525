namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// The client's answer to the question every assessment carries, "Do you have the time and energy for a change right
/// now?" (yes, partly, no): readiness without time and energy is not enough to start.
/// </summary>
public enum Resources
{
    Yes,
    Partly,
    No,
}
