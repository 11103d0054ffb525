namespace CoachingBackend.Enrollment.Analytics;

/// <summary>
/// How many and how long, in whole days: median and quartiles by linear interpolation (numpy's and Excel's
/// QUARTILE.INC default, what an analyst would recompute). Groups under five show no count and no figures.
/// </summary>
public sealed record DayStatistics(int? Count, bool Suppressed, double? Median, double? LowerQuartile, double? UpperQuartile)
{
    public static DayStatistics Of(IReadOnlyCollection<int> days)
    {
        if (SmallCount.IsSmall(days.Count)) return new(null, true, null, null, null);
        if (days.Count == 0) return new(0, false, null, null, null);
        var sorted = days.Order().ToArray();
        return new(days.Count, false, Quantile(sorted, 0.5), Quantile(sorted, 0.25), Quantile(sorted, 0.75));
    }

    public static int DaysBetween(DateTimeOffset start, DateTimeOffset end) => (int)Math.Floor((end - start).TotalDays);

    private static double Quantile(int[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
