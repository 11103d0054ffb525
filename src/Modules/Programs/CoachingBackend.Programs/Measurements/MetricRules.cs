namespace CoachingBackend.Programs.Measurements;

/// <summary>
/// Each metric's units (the first is the one stored), its plausible daily range (outside it, a device fault or a slip),
/// and whether one source's items of a day add up (steps of two walks) or the latest stands (a weighing).
/// </summary>
public sealed record MetricRules(Metric Metric, IReadOnlyList<string> Units, decimal Min, decimal Max, bool Additive)
{
    private static readonly Dictionary<Metric, MetricRules> All = new()
    {
        [Metric.Steps] = new(Metric.Steps, ["steps"], 0, 100_000, Additive: true),
        [Metric.ActiveMinutes] = new(Metric.ActiveMinutes, ["min"], 0, 1_440, Additive: true),
        [Metric.SleepMinutes] = new(Metric.SleepMinutes, ["min"], 0, 1_440, Additive: true),
        [Metric.RestingHeartRate] = new(Metric.RestingHeartRate, ["bpm"], 20, 250, Additive: false),
        [Metric.Weight] = new(Metric.Weight, ["kg", "lb"], 20, 400, Additive: false),
    };

    private const decimal KgPerPound = 0.45359237m;

    public static MetricRules Of(Metric metric) => All[metric];

    public string Unit => Units[0];

    /// <summary>The value in the stored unit; null when the unit is not one of the metric's (no unit means the stored one).</summary>
    public decimal? ToStoredUnit(decimal value, string? unit) => unit switch
    {
        null => value,
        _ when unit == Unit => value,
        "lb" when Metric == Metric.Weight => Math.Round(value * KgPerPound, 2),
        _ => null,
    };
}
