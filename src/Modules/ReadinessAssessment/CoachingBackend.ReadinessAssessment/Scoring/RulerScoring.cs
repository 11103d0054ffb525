using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;

namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// Policy <c>ruler-v1</c>. The level comes from the readiness rating alone: 0–3 low, 4–6 moderate, 7–10 high.
/// Importance and confidence are reported for the coach's conversation but do not move the level. No stage.
/// </summary>
public static class RulerScoring
{
    public const string Policy = "ruler-v1";

    public static ReadinessResult Score(IReadOnlyDictionary<string, string> values)
    {
        var importance = AnswerValidation.ScaleValue(values[ReadinessRulerQuestionnaire.Importance]);
        var confidence = AnswerValidation.ScaleValue(values[ReadinessRulerQuestionnaire.Confidence]);
        var readiness = AnswerValidation.ScaleValue(values[ReadinessRulerQuestionnaire.Readiness]);

        var level = readiness switch
        {
            <= 3 => ReadinessLevel.Low,
            <= 6 => ReadinessLevel.Moderate,
            _ => ReadinessLevel.High,
        };

        return new ReadinessResult(Policy, level, Stage: null, new Dictionary<string, decimal>
        {
            [ScoreNames.Importance] = importance,
            [ScoreNames.Confidence] = confidence,
            [ScoreNames.Readiness] = readiness,
        });
    }
}
