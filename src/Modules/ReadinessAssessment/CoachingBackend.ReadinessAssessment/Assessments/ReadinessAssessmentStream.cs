namespace CoachingBackend.ReadinessAssessment.Assessments;

/// <summary>One assessment is one stream: its answers, then its score (and any later re-score).</summary>
public sealed record ReadinessAssessmentStream(Guid Id, Guid ClientId)
{
    public static ReadinessAssessmentStream Create(ReadinessAnswersSubmitted e) => new(e.AssessmentId, e.ClientId);
}
