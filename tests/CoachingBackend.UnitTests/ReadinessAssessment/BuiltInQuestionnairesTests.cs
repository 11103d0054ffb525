using CoachingBackend.ReadinessAssessment.Questionnaires;

namespace CoachingBackend.UnitTests.ReadinessAssessment;

public sealed class BuiltInQuestionnairesTests
{
    [Fact]
    public void Three_instruments_are_built_in_at_version_one_and_all_ask_a_target_behaviour()
    {
        Assert.Equal(["urica", "readiness-ruler", "stage-of-change"], BuiltInQuestionnaires.All.Select(d => d.Key));
        Assert.All(BuiltInQuestionnaires.All, definition =>
        {
            Assert.Equal(1, definition.Version);
            Assert.True(definition.AsksTargetBehaviour);
            Assert.False(string.IsNullOrWhiteSpace(definition.Title));
            Assert.False(string.IsNullOrWhiteSpace(definition.Instructions));
        });
        Assert.Same(BuiltInQuestionnaires.Urica, BuiltInQuestionnaires.Find("urica"));
        Assert.Null(BuiltInQuestionnaires.Find("unknown"));
    }

    [Fact]
    public void Urica_asks_32_required_agreement_items_in_published_order()
    {
        var urica = BuiltInQuestionnaires.Urica;

        Assert.Equal(ScoringMethod.Urica, urica.Scoring);
        Assert.Equal(Enumerable.Range(1, 32).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), urica.Items.Select(i => i.Id));
        Assert.All(urica.Items, item =>
        {
            Assert.Equal(AnswerType.Scale, item.AnswerType);
            Assert.Equal(1, item.Min);
            Assert.Equal(5, item.Max);
            Assert.True(item.Required);
            Assert.Equal(["Strongly disagree", "Disagree", "Undecided", "Agree", "Strongly agree"], item.Options.Select(o => o.Label));
            Assert.Equal(["1", "2", "3", "4", "5"], item.Options.Select(o => o.Value));
        });
        Assert.Equal("As far as I'm concerned, I don't have any problems that need changing.", urica.Items[0].Text);
        Assert.Equal("I am actively working on my problem.", urica.Items[29].Text);
    }

    [Fact]
    public void Urica_items_4_9_20_and_31_are_asked_but_not_scored()
    {
        var unscored = BuiltInQuestionnaires.Urica.Items.Where(item => !item.Scored).Select(item => item.Id);

        Assert.Equal(["4", "9", "20", "31"], unscored);
    }

    [Fact]
    public void The_ruler_rates_importance_confidence_and_readiness_from_zero_to_ten_with_labelled_ends()
    {
        var ruler = BuiltInQuestionnaires.ReadinessRuler;

        Assert.Equal(["importance", "confidence", "readiness"], ruler.Items.Select(i => i.Id));
        Assert.All(ruler.Items, item =>
        {
            Assert.Equal((0, 10), (item.Min, item.Max));
            Assert.Equal(["0", "10"], item.Options.Select(o => o.Value));
            Assert.StartsWith("Not at all ", item.Options[0].Label);
            Assert.StartsWith("Extremely ", item.Options[1].Label);
        });
        Assert.Equal("Not at all important", ruler.Items[0].Options[0].Label);
        Assert.Equal("How ready are you to make this change now?", ruler.Items[2].Text);
    }

    [Fact]
    public void Stage_of_change_is_one_choice_of_five_statements()
    {
        var item = Assert.Single(BuiltInQuestionnaires.StageOfChange.Items);

        Assert.Equal(("stage", AnswerType.Choice), (item.Id, item.AnswerType));
        Assert.Equal(["more-than-6-months", "less-than-6-months", "within-30-days", "within-6-months", "not-within-6-months"],
            item.Options.Select(o => o.Value));
        Assert.Equal("I do not intend to start within the next 6 months", item.Options[4].Label);
    }
}
