using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.UnitTests.ReadinessAssessment;

public sealed class AnswerValidationTests
{
    private static readonly QuestionnaireDefinition Urica = BuiltInQuestionnaires.Urica;
    private static readonly QuestionnaireDefinition Ruler = BuiltInQuestionnaires.ReadinessRuler;

    private static List<Answer> RulerAnswers(string readiness) =>
        [new("importance", "5"), new("confidence", "5"), new("readiness", readiness)];

    private static AnswerProblem SingleProblem(QuestionnaireDefinition definition, List<Answer> answers) =>
        Assert.Single(AnswerValidation.Validate(definition, answers));

    [Fact]
    public void Complete_answers_in_range_have_no_problems()
    {
        Assert.Empty(AnswerValidation.Validate(Urica, UricaForm.Answers(1, 2, 4, 5, unscored: 3)));
        Assert.Empty(AnswerValidation.Validate(Ruler, RulerAnswers("10")));
        Assert.Empty(AnswerValidation.Validate(BuiltInQuestionnaires.StageOfChange, [new("stage", "within-30-days")]));
    }

    [Fact]
    public void A_missing_required_item_is_named()
    {
        var answers = UricaForm.Answers(3, 3, 3, 3).Where(answer => answer.ItemId != "17").ToList();

        Assert.Equal("17", SingleProblem(Urica, answers).ItemId);
    }

    [Fact]
    public void An_unscored_item_is_still_required()
    {
        var answers = UricaForm.Answers(3, 3, 3, 3).Where(answer => answer.ItemId != "9").ToList();

        Assert.Equal("9", SingleProblem(Urica, answers).ItemId);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-1")]
    public void A_urica_value_outside_one_to_five_is_named(string value)
    {
        var answers = UricaForm.Answers(3, 3, 3, 3).Select(a => a.ItemId == "12" ? a with { Value = value } : a).ToList();

        Assert.Equal("12", SingleProblem(Urica, answers).ItemId);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    public void A_ruler_value_outside_zero_to_ten_is_named(string value)
    {
        Assert.Equal("readiness", SingleProblem(Ruler, RulerAnswers(value)).ItemId);
    }

    [Theory]
    [InlineData("4.5")]
    [InlineData("4.0")]
    [InlineData("four")]
    [InlineData(" 4")]
    [InlineData("")]
    public void A_scale_value_that_is_not_a_whole_number_is_named(string value)
    {
        Assert.Equal("readiness", SingleProblem(Ruler, RulerAnswers(value)).ItemId);
    }

    [Fact]
    public void An_unknown_item_id_is_named()
    {
        var answers = UricaForm.Answers(3, 3, 3, 3);
        answers.Add(new("33", "3"));

        Assert.Equal("33", SingleProblem(Urica, answers).ItemId);
    }

    [Fact]
    public void An_item_answered_twice_is_named_even_with_the_same_value()
    {
        var answers = UricaForm.Answers(3, 3, 3, 3);
        answers.Add(new("5", "3"));

        Assert.Equal("5", SingleProblem(Urica, answers).ItemId);
    }

    [Fact]
    public void A_choice_that_is_not_an_option_is_named()
    {
        var problem = SingleProblem(BuiltInQuestionnaires.StageOfChange, [new("stage", "next-year")]);

        Assert.Equal("stage", problem.ItemId);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var answers = UricaForm.Answers(3, 3, 3, 3)
            .Where(answer => answer.ItemId != "1")
            .Select(answer => answer.ItemId switch
            {
                "2" => answer with { Value = "6" },
                "3" => answer with { Value = "x" },
                _ => answer,
            })
            .Append(new("4", "2"))
            .Append(new("99", "1"))
            .ToList();

        var named = AnswerValidation.Validate(Urica, answers).Select(problem => problem.ItemId).Order().ToList();

        Assert.Equal(["1", "2", "3", "4", "99"], named);
    }

    [Fact]
    public void An_optional_item_may_be_left_out()
    {
        var definition = new QuestionnaireDefinition("sleep-check", 1, "Sleep check", "", "", ScoringMethod.Linear, false,
            [QuestionnaireItem.Scale("hours", "Hours slept", 0, 14, [], required: false)],
            new LinearScoring(new Dictionary<string, decimal>(), 5, 7));

        Assert.Empty(AnswerValidation.Validate(definition, []));
    }

    [Fact]
    public void Answers_with_problems_cannot_be_scored()
    {
        Assert.Throws<ArgumentException>(() => ReadinessScoring.Score(Ruler, RulerAnswers("11")));
    }
}
