namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>The keys of <see cref="ReadinessResult.Scores"/>; each policy documents which of them it reports.</summary>
public static class ScoreNames
{
    public const string Precontemplation = "precontemplation";
    public const string Contemplation = "contemplation";
    public const string Action = "action";
    public const string Maintenance = "maintenance";
    public const string Readiness = "readiness";
    public const string Importance = "importance";
    public const string Confidence = "confidence";
    public const string Score = "score";
}
