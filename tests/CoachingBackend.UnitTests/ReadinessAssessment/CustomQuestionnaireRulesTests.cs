using CoachingBackend.ReadinessAssessment.Questionnaires;

namespace CoachingBackend.UnitTests.ReadinessAssessment;

public sealed class CustomQuestionnaireRulesTests
{
    private static readonly QuestionnaireDefinition Valid = new(
        "sleep-readiness", 1, "Sleep readiness", "Three questions about sleep.", "Answer for the last two weeks.",
        ScoringMethod.Linear, true,
        [
            QuestionnaireItem.Scale("worry", "How much does your sleep worry you?", 0, 4, [new("0", "Not at all"), new("4", "Very much")]),
            QuestionnaireItem.Choice("routine", "Do you have an evening routine?", [new("yes", "Yes", 2m), new("no", "No", 0m)]),
            QuestionnaireItem.Choice("notes", "Shift work?", [new("yes", "Yes"), new("no", "No")], required: false, scored: false),
        ],
        new LinearScoring(new Dictionary<string, decimal> { ["worry"] = 1.5m }, ModerateFrom: 3m, HighFrom: 6m));

    private static IReadOnlyList<DefinitionProblem> Check(QuestionnaireDefinition definition) => CustomQuestionnaireRules.Check(definition);

    private static QuestionnaireDefinition WithItem(int index, QuestionnaireItem item) =>
        Valid with { Items = [.. Valid.Items.Select((existing, i) => i == index ? item : existing)] };

    [Fact]
    public void A_well_formed_linear_questionnaire_has_no_problems()
    {
        Assert.Empty(Check(Valid));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("0-day-check")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")] // 63 characters
    public void Keys_of_lower_case_letters_digits_and_hyphens_are_accepted(string key)
    {
        Assert.Empty(Check(Valid with { Key = key }));
    }

    [Theory]
    [InlineData("a")] // too short
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")] // 64 characters
    [InlineData("-sleep")]
    [InlineData("Sleep")]
    [InlineData("sleep check")]
    [InlineData("sleep_check")]
    [InlineData("")]
    public void A_malformed_key_is_a_problem(string key)
    {
        Assert.Equal("key", Assert.Single(Check(Valid with { Key = key })).Field);
    }

    [Theory]
    [InlineData("urica")]
    [InlineData("readiness-ruler")]
    [InlineData("stage-of-change")]
    public void A_built_in_key_cannot_be_taken(string key)
    {
        Assert.Equal("key", Assert.Single(Check(Valid with { Key = key })).Field);
    }

    [Fact]
    public void A_questionnaire_needs_an_item()
    {
        var problems = Check(Valid with { Items = [], Linear = new LinearScoring(new Dictionary<string, decimal>(), 3m, 6m) });

        Assert.Equal("items", Assert.Single(problems).Field);
    }

    [Fact]
    public void Item_ids_must_be_unique()
    {
        var problem = Assert.Single(Check(WithItem(1, Valid.Items[1] with { Id = "worry" })));

        Assert.Equal("items", problem.Field);
        Assert.Contains("'worry'", problem.Message);
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(5, 1)]
    public void A_scale_needs_its_minimum_below_its_maximum(int min, int max)
    {
        var problems = Check(WithItem(0, QuestionnaireItem.Scale("worry", "Worry?", min, max, [])));

        Assert.Equal("items[0].max", Assert.Single(problems).Field);
    }

    [Fact]
    public void A_scale_needs_both_ends()
    {
        var fields = Check(WithItem(0, Valid.Items[0] with { Min = null, Max = null, Options = [] })).Select(p => p.Field);

        Assert.Equal(["items[0].min", "items[0].max"], fields);
    }

    [Fact]
    public void A_scale_anchor_must_label_a_value_on_the_scale()
    {
        var problems = Check(WithItem(0, QuestionnaireItem.Scale("worry", "Worry?", 0, 4, [new("0", "None"), new("5", "Lots")])));

        Assert.Equal("items[0].options[1].value", Assert.Single(problems).Field);
    }

    [Fact]
    public void A_choice_needs_at_least_two_options()
    {
        var problems = Check(WithItem(1, QuestionnaireItem.Choice("routine", "Routine?", [new("yes", "Yes", 2m)])));

        Assert.Equal("items[1].options", Assert.Single(problems).Field);
    }

    [Fact]
    public void Choice_values_must_be_unique()
    {
        var problems = Check(WithItem(1, QuestionnaireItem.Choice("routine", "Routine?", [new("yes", "Yes", 2m), new("yes", "Sure", 2m)])));

        Assert.Equal("items[1].options", Assert.Single(problems).Field);
    }

    [Fact]
    public void Every_option_of_a_scored_choice_needs_a_score()
    {
        var problems = Check(WithItem(1, QuestionnaireItem.Choice("routine", "Routine?", [new("yes", "Yes", 2m), new("no", "No")])));

        Assert.Equal("items[1].options[1].score", Assert.Single(problems).Field);
    }

    [Fact]
    public void Weights_may_only_name_scored_items_that_exist()
    {
        var weights = new Dictionary<string, decimal> { ["worry"] = 1m, ["stress"] = 2m, ["notes"] = 1m };
        var fields = Check(Valid with { Linear = Valid.Linear! with { Weights = weights } }).Select(p => p.Field).Order();

        Assert.Equal(["linear.weights.notes", "linear.weights.stress"], fields);
    }

    [Theory]
    [InlineData(6, 6)]
    [InlineData(7, 6)]
    public void The_moderate_threshold_must_be_below_the_high_threshold(int moderateFrom, int highFrom)
    {
        var problems = Check(Valid with { Linear = Valid.Linear! with { ModerateFrom = moderateFrom, HighFrom = highFrom } });

        Assert.Equal("linear.highFrom", Assert.Single(problems).Field);
    }

    [Fact]
    public void An_organisation_questionnaire_is_scored_linearly()
    {
        Assert.Equal("scoring", Assert.Single(Check(Valid with { Scoring = ScoringMethod.Urica })).Field);
        Assert.Equal("linear", Assert.Single(Check(Valid with { Linear = null })).Field);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var broken = Valid with
        {
            Key = "URICA",
            Items = [QuestionnaireItem.Scale("worry", "Worry?", 3, 1, []), QuestionnaireItem.Choice("worry", "Again?", [new("x", "X", 1m)])],
            Linear = new LinearScoring(new Dictionary<string, decimal> { ["missing"] = 1m }, 5m, 1m),
        };

        var fields = Check(broken).Select(p => p.Field).Order().ToList();

        Assert.Equal(["items", "items[0].max", "items[1].options", "key", "linear.highFrom", "linear.weights.missing"], fields);
    }
}
