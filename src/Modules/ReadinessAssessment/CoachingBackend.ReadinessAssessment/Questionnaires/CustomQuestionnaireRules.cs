using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>
/// What an organisation's own questionnaire must satisfy before clients can answer it. Every problem is
/// reported at once, each with the field it concerns. Organisation questionnaires are scored linearly: the
/// other methods are bound to the items of their published instruments.
/// </summary>
public static partial class CustomQuestionnaireRules
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex KeyFormat();

    public static IReadOnlyList<DefinitionProblem> Check(QuestionnaireDefinition definition)
    {
        var problems = new List<DefinitionProblem>();
        void Problem(string field, string message) => problems.Add(new(field, message));

        if (definition.Key is null || !KeyFormat().IsMatch(definition.Key))
            Problem("key", "Use 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.");
        else if (BuiltInQuestionnaires.IsBuiltIn(definition.Key))
            Problem("key", $"'{definition.Key}' is the key of a built-in questionnaire.");
        if (definition.Version < 1)
            Problem("version", "The version must be 1 or more.");
        if (string.IsNullOrWhiteSpace(definition.Title))
            Problem("title", "A title is required.");

        var items = definition.Items ?? [];
        if (items.Count == 0)
            Problem("items", "A questionnaire needs at least one item.");
        if (items.Count > 200)
            Problem("items", "A questionnaire has at most 200 items.");
        for (var index = 0; index < items.Count; index++)
            CheckItem($"items[{index}]", items[index], Problem);
        foreach (var duplicate in items.Where(item => item is not null).GroupBy(item => item.Id).Where(group => group.Count() > 1))
            Problem("items", $"Item id '{duplicate.Key}' is used {duplicate.Count()} times; item ids must be unique.");

        if (definition.Scoring != ScoringMethod.Linear)
            Problem("scoring", "An organisation's questionnaire is scored linearly.");
        else if (definition.Linear is null)
            Problem("linear", "Linear scoring needs weights and thresholds.");
        else
            CheckLinear(definition.Linear, items, Problem);

        return problems;
    }

    private static void CheckItem(string path, QuestionnaireItem item, Action<string, string> problem)
    {
        if (item is null)
        {
            problem(path, "The item is missing.");
            return;
        }
        if (string.IsNullOrWhiteSpace(item.Id))
            problem($"{path}.id", "An item id is required.");
        if (string.IsNullOrWhiteSpace(item.Text))
            problem($"{path}.text", "The item's text is required.");

        var options = item.Options ?? [];
        for (var index = 0; index < options.Count; index++)
            if (string.IsNullOrWhiteSpace(options[index]?.Label))
                problem($"{path}.options[{index}].label", "An option needs a label.");
        foreach (var duplicate in options.Where(option => option is not null).GroupBy(option => option.Value).Where(group => group.Count() > 1))
            problem($"{path}.options", $"Option value '{duplicate.Key}' is used {duplicate.Count()} times; option values must be unique.");

        switch (item.AnswerType)
        {
            case AnswerType.Scale:
                CheckScale(path, item, options, problem);
                break;
            case AnswerType.Choice:
                CheckChoice(path, item, options, problem);
                break;
            default:
                problem($"{path}.answerType", "The answer type must be scale or choice.");
                break;
        }
    }

    /// <summary>
    /// Values, scores and weights stay within ±1000, so that a weighted sum over the most items a form may have can
    /// never overflow: a published version is immutable, and one that could not be scored could never be fixed.
    /// </summary>
    private const int Bound = 1000;

    private static void CheckScale(string path, QuestionnaireItem item, IReadOnlyList<AnswerOption> anchors, Action<string, string> problem)
    {
        if (item.Min is null)
            problem($"{path}.min", "A scale item needs a minimum.");
        if (item.Max is null)
            problem($"{path}.max", "A scale item needs a maximum.");
        if (item.Min is { } min && item.Max is { } max && min >= max)
            problem($"{path}.max", $"The maximum ({max}) must be greater than the minimum ({min}).");
        if (item.Min is < -Bound or > Bound)
            problem($"{path}.min", $"A scale runs between {-Bound} and {Bound}.");
        if (item.Max is < -Bound or > Bound)
            problem($"{path}.max", $"A scale runs between {-Bound} and {Bound}.");

        // An anchor labels one value of the scale, so it must be a value the client can give.
        for (var index = 0; index < anchors.Count; index++)
        {
            var value = anchors[index]?.Value;
            if (value is null)
                continue;
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || number < item.Min || number > item.Max)
                problem($"{path}.options[{index}].value", $"'{value}' is not a whole number on the scale from {item.Min} to {item.Max}.");
        }
    }

    private static void CheckChoice(string path, QuestionnaireItem item, IReadOnlyList<AnswerOption> options, Action<string, string> problem)
    {
        if (options.Count < 2)
            problem($"{path}.options", "A choice item needs at least two options.");
        for (var index = 0; index < options.Count; index++)
            if (options[index] is { } option && string.IsNullOrEmpty(option.Value))
                problem($"{path}.options[{index}].value", "An option needs a value.");
        // A chosen option is what a choice item adds to a linear score.
        if (item.Scored)
            for (var index = 0; index < options.Count; index++)
                if (options[index] is { Score: null })
                    problem($"{path}.options[{index}].score", "Every option of a scored choice item needs a score.");
                else if (options[index] is { Score: { } score } && Math.Abs(score) > Bound)
                    problem($"{path}.options[{index}].score", $"A score lies between {-Bound} and {Bound}.");
    }

    private static void CheckLinear(LinearScoring linear, IReadOnlyList<QuestionnaireItem> items, Action<string, string> problem)
    {
        foreach (var (itemId, weight) in linear.Weights ?? new Dictionary<string, decimal>())
        {
            if (Math.Abs(weight) > Bound)
                problem($"linear.weights.{itemId}", $"A weight lies between {-Bound} and {Bound}.");
            var item = items.FirstOrDefault(item => item?.Id == itemId);
            if (item is null)
                problem($"linear.weights.{itemId}", $"There is no item '{itemId}' to weigh.");
            else if (!item.Scored)
                problem($"linear.weights.{itemId}", $"Item '{itemId}' is not scored, so a weight would have no effect.");
        }
        if (linear.ModerateFrom >= linear.HighFrom)
            problem("linear.highFrom", $"The high threshold ({linear.HighFrom}) must be above the moderate threshold ({linear.ModerateFrom}).");
    }
}
