using CoachingBackend.ReadinessAssessment.Questionnaires;

namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>Scores answers by the policy of the questionnaire's scoring method.</summary>
public static class ReadinessScoring
{
    /// <summary>
    /// The result of valid answers. Answers with problems (see <see cref="AnswerValidation"/>) are a caller's
    /// mistake and throw, so an invalid form can never produce a stored score.
    /// </summary>
    public static ReadinessResult Score(QuestionnaireDefinition definition, IReadOnlyList<Answer> answers)
    {
        var problems = AnswerValidation.Validate(definition, answers);
        if (problems.Count > 0)
            throw new ArgumentException(
                "Only valid answers can be scored: " + string.Join("; ", problems.Select(p => $"item '{p.ItemId}': {p.Message}")),
                nameof(answers));

        var values = answers.ToDictionary(answer => answer.ItemId, answer => answer.Value, StringComparer.Ordinal);
        return definition.Scoring switch
        {
            ScoringMethod.Urica => UricaScoring.Score(values),
            ScoringMethod.ReadinessRuler => RulerScoring.Score(values),
            ScoringMethod.StageOfChange => StageOfChangeScoring.Score(values),
            ScoringMethod.Linear => LinearScoringPolicy.Score(definition,
                definition.Linear ?? throw new ArgumentException($"Questionnaire '{definition.Key}' is scored linearly but has no linear scoring.", nameof(definition)),
                values),
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition.Scoring, "Unknown scoring method."),
        };
    }
}
