using CoachingBackend.Feedback.Templates;
using FluentValidation;
using FluentValidation.Results;

namespace CoachingBackend.Feedback.Surveys.Answering;

/// <summary>A response judged against its template version: every answer to a known item, of the item's kind and range.</summary>
public static class SurveyAnswers
{
    /// <summary>The answers in the template's order, each with its item; a 400 listing every fault otherwise.</summary>
    public static IReadOnlyList<(SurveyItem Item, SurveyAnswer Answer)> Check(SurveyTemplateVersionRecord template, IReadOnlyList<SurveyAnswer> answers)
    {
        var failures = new List<ValidationFailure>();
        var byKey = answers.ToDictionary(a => a.Item);
        foreach (var unknown in answers.Where(a => template.Items.All(i => i.Key != a.Item)))
            failures.Add(new($"answers[{unknown.Item}]", $"The survey has no item '{unknown.Item}'."));

        var checkedAnswers = new List<(SurveyItem, SurveyAnswer)>();
        foreach (var item in template.Items)
        {
            var field = $"answers[{item.Key}]";
            if (!byKey.TryGetValue(item.Key, out var answer) || IsEmpty(answer))
            {
                if (item.Required) failures.Add(new(field, $"'{item.Key}' must be answered."));
                continue;
            }
            var fault = item.Kind switch
            {
                SurveyItemKind.Judgement when answer.Judgement is null || answer.Value is not null || answer.Text is not null =>
                    "A judgement item takes judgement: positive, undecided or not-relevant.",
                SurveyItemKind.Rating when answer.Value is not { } v || v is < SurveyItem.RatingMin or > SurveyItem.RatingMax
                                           || answer.Judgement is not null || answer.Text is not null =>
                    $"A rating takes value, {SurveyItem.RatingMin} to {SurveyItem.RatingMax}.",
                SurveyItemKind.Likelihood when answer.Value is not { } v || v is < SurveyItem.LikelihoodMin or > SurveyItem.LikelihoodMax
                                               || answer.Judgement is not null || answer.Text is not null =>
                    $"A likelihood takes value, {SurveyItem.LikelihoodMin} to {SurveyItem.LikelihoodMax}.",
                SurveyItemKind.Text when answer.Judgement is not null || answer.Value is not null => "A text item takes text.",
                _ => null,
            };
            if (fault is not null) failures.Add(new(field, fault));
            else checkedAnswers.Add((item, item.Kind == SurveyItemKind.Text ? answer with { Text = answer.Text!.Trim() } : answer));
        }
        return failures.Count > 0 ? throw new ValidationException(failures) : checkedAnswers;
    }

    private static bool IsEmpty(SurveyAnswer a) => a.Judgement is null && a.Value is null && string.IsNullOrWhiteSpace(a.Text);
}
