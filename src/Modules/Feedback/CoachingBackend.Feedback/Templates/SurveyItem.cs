using CoachingBackend.BuildingBlocks.Input;

namespace CoachingBackend.Feedback.Templates;

/// <summary>One question of a survey template.</summary>
/// <param name="Key">Names the item in a response, kebab-case, e.g. <c>what-helped</c>.</param>
public sealed record SurveyItem(string Key, SurveyItemKind Kind, [property: Text(300)] string Prompt, bool Required)
{
    public const int RatingMin = 1, RatingMax = 5, LikelihoodMin = 0, LikelihoodMax = 10;
}
