using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;

namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// Policy <c>linear-v1</c>, for organisations' own questionnaires: see <see cref="LinearScoring"/>.
/// Unanswered optional items add nothing. The score is reported exactly, so it always agrees with the level.
/// </summary>
public static class LinearScoringPolicy
{
    public const string Policy = "linear-v1";

    public static ReadinessResult Score(QuestionnaireDefinition definition, LinearScoring scoring, IReadOnlyDictionary<string, string> values)
    {
        var score = 0m;
        foreach (var item in definition.Items.Where(item => item.Scored))
            if (values.TryGetValue(item.Id, out var value))
                score += scoring.WeightOf(item.Id) * ValueOf(item, value);

        var level = score < scoring.ModerateFrom ? ReadinessLevel.Low
            : score < scoring.HighFrom ? ReadinessLevel.Moderate
            : ReadinessLevel.High;

        return new ReadinessResult(Policy, level, Stage: null, new Dictionary<string, decimal> { [ScoreNames.Score] = score });
    }

    private static decimal ValueOf(QuestionnaireItem item, string value) => item.AnswerType == AnswerType.Scale
        ? AnswerValidation.ScaleValue(value)
        : item.Options.First(option => option.Value == value).Score
            ?? throw new InvalidOperationException($"Option '{value}' of scored item '{item.Id}' has no score.");
}
