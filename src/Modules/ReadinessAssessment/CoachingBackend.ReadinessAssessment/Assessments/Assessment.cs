using CoachingBackend.ReadinessAssessment.Assessments.Submitting;

namespace CoachingBackend.ReadinessAssessment.Assessments;

/// <summary>One assessment is one stream: its answers, then its score (and any later re-score).</summary>
public sealed record Assessment(Guid Id, Guid ClientId)
{
    public static Assessment Create(ReadinessAnswersSubmitted e) => new(e.AssessmentId, e.ClientId);
}
