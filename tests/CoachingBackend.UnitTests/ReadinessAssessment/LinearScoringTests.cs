using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.UnitTests.ReadinessAssessment;

public sealed class LinearScoringTests
{
    /// <summary>Score = 2 × effort + 0.5 × energy + support (its option's score) + 1 × wish (no weight: counts once).</summary>
    private static readonly QuestionnaireDefinition Definition = new(
        "work-ability-readiness", 1, "Work-ability readiness", "", "", ScoringMethod.Linear, true,
        [
            QuestionnaireItem.Scale("effort", "How much effort can you put in?", 1, 5, [new("1", "None"), new("5", "A lot")]),
            QuestionnaireItem.Scale("energy", "How much energy do you have?", 0, 10, []),
            QuestionnaireItem.Choice("support", "Does someone support you?",
                [new("yes", "Yes", 3m), new("somewhat", "Somewhat", 1.5m), new("no", "No", 0m)]),
            QuestionnaireItem.Scale("wish", "How much do you want this?", 0, 3, [], required: false),
            QuestionnaireItem.Scale("mood", "How is your mood today?", 1, 5, [], scored: false),
        ],
        new LinearScoring(new Dictionary<string, decimal> { ["effort"] = 2m, ["energy"] = 0.5m }, ModerateFrom: 8m, HighFrom: 12.5m));

    private static ReadinessResult Score(int effort, int energy, string support, int? wish = null, int mood = 3)
    {
        List<Answer> answers =
        [
            new("effort", effort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("energy", energy.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("support", support),
            new("mood", mood.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
        if (wish is { } w)
            answers.Add(new("wish", w.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return ReadinessScoring.Score(Definition, answers);
    }

    [Fact]
    public void The_score_is_the_weighted_sum_of_scored_items()
    {
        // 2 × 3 + 0.5 × 5 + 1.5 + 1 × 2 = 12
        var result = Score(effort: 3, energy: 5, support: "somewhat", wish: 2);

        Assert.Equal(12m, result.Scores["score"]);
        Assert.Equal("linear-v1", result.Policy);
        Assert.Null(result.Stage);
    }

    [Theory]
    [InlineData(1, 3, "somewhat", "5", ReadinessLevel.Low)] // 2 + 1.5 + 1.5
    [InlineData(2, 7, "no", "7.5", ReadinessLevel.Low)] // 4 + 3.5 + 0: just below moderate-from 8
    [InlineData(2, 8, "no", "8", ReadinessLevel.Moderate)] // 4 + 4 + 0: moderate-from is moderate
    [InlineData(3, 6, "yes", "12", ReadinessLevel.Moderate)] // 6 + 3 + 3: below high-from 12.5
    [InlineData(3, 7, "yes", "12.5", ReadinessLevel.High)] // 6 + 3.5 + 3: high-from is high
    public void The_level_follows_the_thresholds(int effort, int energy, string support, string score, ReadinessLevel level)
    {
        var result = Score(effort, energy, support);

        Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), result.Scores["score"]);
        Assert.Equal(level, result.Level);
    }

    [Fact]
    public void Unscored_items_do_not_move_the_score()
    {
        Assert.Equal(Score(3, 5, "yes", mood: 1).Scores["score"], Score(3, 5, "yes", mood: 5).Scores["score"]);
    }

    [Fact]
    public void An_unanswered_optional_item_adds_nothing()
    {
        Assert.Equal(10m, Score(3, 5, "somewhat").Scores["score"]); // 6 + 2.5 + 1.5
        Assert.Equal(13m, Score(3, 5, "somewhat", wish: 3).Scores["score"]); // … + 1 × 3
    }
}
