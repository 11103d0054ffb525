namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>
/// A value the client can give: a choice, or the anchor label of a scale value.
/// <paramref name="Score"/> is what a chosen option counts for in linear scoring.
/// </summary>
public sealed record AnswerOption(string Value, string Label, decimal? Score = null);
