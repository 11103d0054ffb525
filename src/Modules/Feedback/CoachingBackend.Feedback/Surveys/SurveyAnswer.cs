using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.Feedback.Templates;

namespace CoachingBackend.Feedback.Surveys;

/// <summary>The answer to one item: a judgement, a value (a rating 1–5 or a likelihood 0–10) or a text, by the item's kind.</summary>
public sealed record SurveyAnswer(string Item, Judgement? Judgement, int? Value, [property: Text(2000, Multiline = true)] string? Text);
