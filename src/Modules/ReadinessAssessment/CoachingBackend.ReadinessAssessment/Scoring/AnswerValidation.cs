using System.Globalization;
using CoachingBackend.ReadinessAssessment.Questionnaires;

namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>
/// Checks answers against the questionnaire they claim to answer and reports every problem at once, so a client
/// fixes a form in one round trip. Only answers with no problems can be scored.
/// </summary>
public static class AnswerValidation
{
    public static IReadOnlyList<AnswerProblem> Validate(QuestionnaireDefinition definition, IReadOnlyList<Answer> answers)
    {
        var problems = new List<AnswerProblem>();
        // Null parts are what a careless JSON body produces; they are problems, not crashes.
        var byItem = answers.Where(answer => answer is not null)
            .GroupBy(answer => answer.ItemId ?? "", StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);

        foreach (var item in definition.Items)
        {
            if (!byItem.TryGetValue(item.Id, out var given))
            {
                if (item.Required)
                    problems.Add(new(item.Id, "An answer is required."));
                continue;
            }
            if (given.Count > 1)
                problems.Add(new(item.Id, $"The item is answered {given.Count} times; answer it once."));
            foreach (var answer in given)
                if (ProblemWith(item, answer.Value) is { } message)
                    problems.Add(new(item.Id, message));
        }

        foreach (var unknown in byItem.Keys.Where(id => definition.FindItem(id) is null))
            problems.Add(new(unknown, $"Questionnaire '{definition.Key}' version {definition.Version} has no such item."));

        return problems;
    }

    private static string? ProblemWith(QuestionnaireItem item, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "The answer is empty.";
        return item.AnswerType switch
        {
            AnswerType.Scale => ScaleProblem(item, value),
            AnswerType.Choice => item.Options.Any(option => option.Value == value)
                ? null
                : $"'{value}' is not one of: {string.Join(", ", item.Options.Select(option => option.Value))}.",
            _ => $"Answer type {item.AnswerType} is not supported.",
        };
    }

    private static string? ScaleProblem(QuestionnaireItem item, string value) =>
        !int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? $"'{value}' is not a whole number from {item.Min} to {item.Max}."
            : number < item.Min || number > item.Max
                ? $"{number} is outside the scale from {item.Min} to {item.Max}."
                : null;

    /// <summary>The integer a valid scale answer holds.</summary>
    internal static int ScaleValue(string value) => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
