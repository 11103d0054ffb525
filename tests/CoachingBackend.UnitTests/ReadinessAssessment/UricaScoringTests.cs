using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.UnitTests.ReadinessAssessment;

/// <summary>Expected values are worked out by hand from the published rule: R = C + A + M − PC, subscales are means of 7 items.</summary>
public sealed class UricaScoringTests
{
    private static ReadinessResult Score(List<Answer> answers) => ReadinessScoring.Score(BuiltInQuestionnaires.Urica, answers);

    [Fact]
    public void All_ones_give_subscale_means_of_one_and_readiness_two()
    {
        var result = Score(UricaForm.Answers(1, 1, 1, 1));

        Assert.Equal(1m, result.Scores["precontemplation"]);
        Assert.Equal(1m, result.Scores["contemplation"]);
        Assert.Equal(1m, result.Scores["action"]);
        Assert.Equal(1m, result.Scores["maintenance"]);
        Assert.Equal(2m, result.Scores["readiness"]); // 1 + 1 + 1 − 1
        Assert.Equal(StageOfChange.Precontemplation, result.Stage);
        Assert.Equal(ReadinessLevel.Low, result.Level);
    }

    [Fact]
    public void Full_precontemplation_and_nothing_else_is_the_minimum_readiness_of_minus_two()
    {
        var result = Score(UricaForm.Answers(precontemplation: 5, contemplation: 1, action: 1, maintenance: 1));

        Assert.Equal(-2m, result.Scores["readiness"]); // 1 + 1 + 1 − 5
        Assert.Equal(StageOfChange.Precontemplation, result.Stage);
        Assert.Equal(ReadinessLevel.Low, result.Level);
    }

    [Fact]
    public void No_precontemplation_and_full_everything_else_is_the_maximum_readiness_of_fourteen()
    {
        var result = Score(UricaForm.Answers(precontemplation: 1, contemplation: 5, action: 5, maintenance: 5));

        Assert.Equal(14m, result.Scores["readiness"]); // 5 + 5 + 5 − 1
        Assert.Equal(StageOfChange.Preparation, result.Stage);
        Assert.Equal(ReadinessLevel.High, result.Level);
    }

    [Fact]
    public void Subscale_means_are_reported_separately()
    {
        var result = Score(UricaForm.Answers(precontemplation: 2, contemplation: 3, action: 4, maintenance: 5));

        Assert.Equal(2m, result.Scores["precontemplation"]);
        Assert.Equal(3m, result.Scores["contemplation"]);
        Assert.Equal(4m, result.Scores["action"]);
        Assert.Equal(5m, result.Scores["maintenance"]);
        Assert.Equal(10m, result.Scores["readiness"]); // 3 + 4 + 5 − 2
        Assert.Equal(StageOfChange.Contemplation, result.Stage);
    }

    [Fact]
    public void Unscored_items_do_not_move_readiness()
    {
        var baseline = UricaForm.Answers(precontemplation: 2, contemplation: 3, action: 3, maintenance: 4, unscored: 1);
        var changed = UricaForm.Answers(precontemplation: 2, contemplation: 3, action: 3, maintenance: 4, unscored: 5);

        var before = Score(baseline);
        var after = Score(changed);

        Assert.Equal(before.Scores, after.Scores);
        Assert.Equal(before.Stage, after.Stage);
        Assert.Equal(before.Level, after.Level);
    }

    public static TheoryData<int, string> ScoredItems()
    {
        var data = new TheoryData<int, string>();
        foreach (var item in UricaForm.Precontemplation) data.Add(item, "precontemplation");
        foreach (var item in UricaForm.Contemplation) data.Add(item, "contemplation");
        foreach (var item in UricaForm.Action) data.Add(item, "action");
        foreach (var item in UricaForm.Maintenance) data.Add(item, "maintenance");
        return data;
    }

    [Theory]
    [MemberData(nameof(ScoredItems))]
    public void Each_scored_item_counts_towards_its_own_subscale_only(int item, string subscale)
    {
        var result = Score(UricaForm.Answers(1, 1, 1, 1).With(item, 5));

        // One item raised from 1 to 5 moves its subscale mean from 7/7 to 11/7 = 1.571 and no other.
        foreach (var name in new[] { "precontemplation", "contemplation", "action", "maintenance" })
            Assert.Equal(name == subscale ? 1.571m : 1m, result.Scores[name]);
        // R = 2 ± 4/7: 18/7 = 2.571 for C, A or M; 10/7 = 1.429 for PC.
        Assert.Equal(subscale == "precontemplation" ? 1.429m : 2.571m, result.Scores["readiness"]);
    }

    [Theory]
    [InlineData(56, "8", StageOfChange.Precontemplation, ReadinessLevel.Low)] // R = 8 exactly: still precontemplation
    [InlineData(57, "8.143", StageOfChange.Contemplation, ReadinessLevel.Moderate)] // 57/7 = 8.1428…
    [InlineData(77, "11", StageOfChange.Contemplation, ReadinessLevel.Moderate)] // R = 11 exactly: still contemplation
    [InlineData(78, "11.143", StageOfChange.Preparation, ReadinessLevel.High)] // 78/7 = 11.1428…
    public void The_cutoffs_are_exact_at_eight_and_eleven(int sevenTimesReadiness, string readiness, StageOfChange stage, ReadinessLevel level)
    {
        var result = Score(UricaForm.WithSevenTimesReadiness(sevenTimesReadiness));

        Assert.Equal(decimal.Parse(readiness, System.Globalization.CultureInfo.InvariantCulture), result.Scores["readiness"]);
        Assert.Equal(stage, result.Stage);
        Assert.Equal(level, result.Level);
    }

    [Theory]
    [InlineData(-10, "-1.429")] // −10/7 = −1.4285…
    [InlineData(20, "2.857")] // 20/7 = 2.8571…
    [InlineData(64, "9.143")] // 64/7 = 9.1428…
    [InlineData(97, "13.857")] // 97/7 = 13.8571…
    public void Readiness_is_rounded_to_three_decimals(int sevenTimesReadiness, string readiness)
    {
        var result = Score(UricaForm.WithSevenTimesReadiness(sevenTimesReadiness));

        Assert.Equal(decimal.Parse(readiness, System.Globalization.CultureInfo.InvariantCulture), result.Scores["readiness"]);
    }

    [Fact]
    public void Subscale_means_are_rounded_to_three_decimals()
    {
        // Precontemplation items 5, 5, 1, 1, 1, 1, 1 sum to 15: 15/7 = 2.1428… → 2.143.
        var answers = UricaForm.Answers(1, 1, 1, 1).With(1, 5).With(5, 5);

        Assert.Equal(2.143m, Score(answers).Scores["precontemplation"]);
    }

    [Fact]
    public void The_result_names_the_urica_cutoffs_policy()
    {
        Assert.Equal("urica-cutoffs-v1", Score(UricaForm.Answers(3, 3, 3, 3)).Policy);
    }
}
