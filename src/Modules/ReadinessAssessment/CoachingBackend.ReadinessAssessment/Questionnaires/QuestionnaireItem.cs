using CoachingBackend.BuildingBlocks.Input;
namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>
/// One question. A scale item takes an integer in [<paramref name="Min"/>, <paramref name="Max"/>];
/// a choice item takes one of its options' values. An unscored item is asked but never moves the result.
/// </summary>
public sealed record QuestionnaireItem(
    string Id,
    [property: Text(1000, Multiline = true)] string Text,
    AnswerType AnswerType,
    int? Min,
    int? Max,
    IReadOnlyList<AnswerOption> Options,
    bool Required = true,
    bool Scored = true)
{
    public static QuestionnaireItem Scale(string id, string text, int min, int max, IReadOnlyList<AnswerOption> anchors,
        bool required = true, bool scored = true) =>
        new(id, text, AnswerType.Scale, min, max, anchors, required, scored);

    public static QuestionnaireItem Choice(string id, string text, IReadOnlyList<AnswerOption> options,
        bool required = true, bool scored = true) =>
        new(id, text, AnswerType.Choice, null, null, options, required, scored);
}
