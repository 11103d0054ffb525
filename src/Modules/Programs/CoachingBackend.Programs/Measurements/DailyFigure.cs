namespace CoachingBackend.Programs.Measurements;

/// <summary>
/// The de-duplicated figure of a day: two sources measuring the same day are never added together. The first source
/// of the client's preferred order that has a figure that day wins; without one, the source with the highest value
/// (a phone left on the desk counts fewer steps than the watch worn all day).
/// </summary>
public sealed record DailyFigure(DateOnly Day, decimal Value, string Source)
{
    public const string Rule = "Two sources of the same day are never added: the day's figure is that of the first source in the " +
                               "client's preferred order (PUT measurement-sources; an entry matches a source id exactly or as its " +
                               "prefix before ':', e.g. garmin matches garmin:fenix-7:ab12) that has one, else that of the " +
                               "source with the highest value that day.";

    public static DailyFigure? Choose(DailyFigureRecord record, IReadOnlyList<string> preferred)
    {
        if (record.Sources.Count == 0) return null;
        foreach (var wanted in preferred)
        {
            var match = record.Sources.Where(s => Matches(wanted, s.Source)).OrderByDescending(s => s.Value).FirstOrDefault();
            if (match is not null) return new(record.Day, match.Value, match.Source);
        }
        var highest = record.Sources.OrderByDescending(s => s.Value).ThenBy(s => s.Source, StringComparer.Ordinal).First();
        return new(record.Day, highest.Value, highest.Source);
    }

    public static bool Matches(string wanted, string source) =>
        source == wanted || (source.StartsWith(wanted, StringComparison.Ordinal) && source.Length > wanted.Length && source[wanted.Length] == ':');

    /// <summary>One source's figure of a day from its items: summed where the metric adds up, else the latest measured.</summary>
    public static decimal OfSource(IEnumerable<MeasurementItem> items, MetricRules rules) => rules.Additive
        ? items.Sum(i => i.Value)
        : items.OrderByDescending(i => i.MeasuredAt).ThenByDescending(i => i.ReceivedAt).First().Value;
}
