using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;

namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// Policy <c>stage-of-change-v1</c>. The chosen statement is the stage:
/// more than 6 months of doing it → maintenance, less than 6 months → action, starting within 30 days →
/// preparation, within 6 months → contemplation, not within 6 months → precontemplation.
/// The level is this policy's definition: precontemplation → low; contemplation and preparation → moderate;
/// action and maintenance → high. No scores.
/// </summary>
public static class StageOfChangeScoring
{
    public const string Policy = "stage-of-change-v1";

    private static readonly Dictionary<string, StageOfChange> StageByOption = new(StringComparer.Ordinal)
    {
        [StageOfChangeQuestionnaire.MoreThan6Months] = StageOfChange.Maintenance,
        [StageOfChangeQuestionnaire.LessThan6Months] = StageOfChange.Action,
        [StageOfChangeQuestionnaire.Within30Days] = StageOfChange.Preparation,
        [StageOfChangeQuestionnaire.Within6Months] = StageOfChange.Contemplation,
        [StageOfChangeQuestionnaire.NotWithin6Months] = StageOfChange.Precontemplation,
    };

    public static ReadinessResult Score(IReadOnlyDictionary<string, string> values)
    {
        var stage = StageByOption[values[StageOfChangeQuestionnaire.Stage]];
        var level = stage switch
        {
            StageOfChange.Precontemplation => ReadinessLevel.Low,
            StageOfChange.Contemplation or StageOfChange.Preparation => ReadinessLevel.Moderate,
            _ => ReadinessLevel.High,
        };
        return new ReadinessResult(Policy, level, stage, new Dictionary<string, decimal>());
    }
}
