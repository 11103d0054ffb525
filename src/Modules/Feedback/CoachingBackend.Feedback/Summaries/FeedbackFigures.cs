using CoachingBackend.Feedback.Surveys;
using CoachingBackend.Feedback.Templates;

namespace CoachingBackend.Feedback.Summaries;

/// <summary>The arithmetic of the summaries, pure, so that the rounding the organisations report is tested to the unit.</summary>
public static class FeedbackFigures
{
    /// <summary>Fewer responses than this and a group shows counts only, for the respondents' privacy.</summary>
    public const int MinimumResponses = 5;

    /// <summary>
    /// Whole percentages that add up to exactly 100 (largest-remainder rounding): each share rounded down, then the points
    /// left over go to the largest remainders, ties to the earlier share. 45 / 4 / 1 gives 90 / 8 / 2; 1 / 1 / 1 gives 34 / 33 / 33.
    /// </summary>
    public static IReadOnlyList<int> Percentages(IReadOnlyList<int> counts)
    {
        var total = counts.Sum();
        if (total == 0) return counts.Select(_ => 0).ToList();
        var floors = counts.Select(c => c * 100 / total).ToArray();
        var left = 100 - floors.Sum();
        foreach (var i in Enumerable.Range(0, counts.Count).OrderByDescending(i => counts[i] * 100 % total).ThenBy(i => i).Take(left))
            floors[i]++;
        return floors;
    }

    /// <summary>Percent of 9–10 minus percent of 0–6, one decimal; null without any likelihood.</summary>
    public static double? Nps(IReadOnlyList<int> likelihoods) =>
        likelihoods.Count == 0 ? null
            : Math.Round(100.0 * (likelihoods.Count(l => l >= 9) - likelihoods.Count(l => l <= 6)) / likelihoods.Count, 1);

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);

    /// <summary>The figures of one group of surveys.</summary>
    public static FeedbackGroupSummary Summarise(string key, string? label, IReadOnlyList<SurveyRecord> surveys)
    {
        var answered = surveys.Where(s => s.Status == SurveyStatus.Answered).ToList();
        var replied = answered.Where(s => s.RepliedAt is not null).ToList();
        if (answered.Count < MinimumResponses)
            return new(key, label, surveys.Count, answered.Count, replied.Count, true, null, null, null, null, null, null, null);

        var judged = answered.Where(s => s.Judgement is not null).ToList();
        int[] counts = [.. new[] { Judgement.Positive, Judgement.Undecided, Judgement.NotRelevant }.Select(j => judged.Count(s => s.Judgement == j))];
        var percents = Percentages(counts);
        var judgements = judged.Count == 0 ? null
            : new JudgementDistribution(new(counts[0], percents[0]), new(counts[1], percents[1]), new(counts[2], percents[2]));
        var ratings = answered.Where(s => s.Rating is not null).Select(s => (double)s.Rating!.Value).ToList();
        return new(key, label, surveys.Count, answered.Count, replied.Count, false,
            Rate(answered.Count, surveys.Count),
            judgements,
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
            Median(ratings),
            Nps([.. answered.Where(s => s.Likelihood is not null).Select(s => s.Likelihood!.Value)]),
            Rate(replied.Count, answered.Count),
            Median([.. replied.Select(s => Math.Round((s.RepliedAt!.Value - s.AnsweredAt!.Value).TotalHours, 1))]));
    }
}
