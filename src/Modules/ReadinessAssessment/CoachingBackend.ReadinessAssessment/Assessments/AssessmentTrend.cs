using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.ReadinessAssessment.Assessments;

/// <param name="LevelChange">up, down or same, against the previous level.</param>
/// <param name="ScoreChanges">Each score's change (this minus previous), for the scores both have.</param>
public sealed record AssessmentTrend(Guid PreviousAssessmentId, ReadinessLevel PreviousLevel, LevelChange LevelChange,
    IReadOnlyDictionary<string, decimal> ScoreChanges)
{
    public static AssessmentTrend Between(AssessmentRecord previous, AssessmentRecord current) => new(previous.Id, previous.Level,
        current.Level > previous.Level ? LevelChange.Up : current.Level < previous.Level ? LevelChange.Down : LevelChange.Same,
        current.Scores.Where(s => previous.Scores.ContainsKey(s.Key))
            .ToDictionary(s => s.Key, s => s.Value - previous.Scores[s.Key]));
}
