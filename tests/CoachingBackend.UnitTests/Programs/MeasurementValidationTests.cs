using CoachingBackend.Programs.Measurements;
using CoachingBackend.Programs.Measurements.Ingesting;

namespace CoachingBackend.UnitTests.Programs;

/// <summary>
/// The batch validator skips the rule engine for items that plainly pass (<see cref="MeasurementItemInput.Validator.IsPlainlyValid"/>):
/// that shortcut must never call an item valid that the rules refuse, nor lose an item's index in the errors.
/// </summary>
public sealed class MeasurementValidationTests
{
    private static readonly DateOnly Day = new(2026, 11, 3);
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 23, 0, 0, TimeSpan.FromHours(2));

    public static TheoryData<MeasurementItemInput> Items()
    {
        var data = new TheoryData<MeasurementItemInput>();
        Metric?[] metrics = [Metric.Steps, Metric.Weight, Metric.RestingHeartRate, Metric.SleepMinutes, (Metric)42, null];
        decimal?[] values = [0, 8000, 8000.5m, 100_001, -1, 19, 20, 250, 251, 182.5m, 1440, null];
        string?[] units = [null, "kg", "lb", "steps", "min", "bpm", "furlongs"];
        string?[] sources = ["garmin:fenix-7:ab12", "", "  ", null];
        string?[] samples = [null, "s-1", "", " "];
        (DateOnly?, DateTimeOffset?, DateTimeOffset?)[] periods =
        [
            (Day, null, null), (null, null, null), (null, Start, Start.AddHours(7)), (Day, Start, Start.AddHours(7)),
            (null, Start, null), (null, null, Start), (null, Start, Start.AddHours(-1)), (null, Start, Start.AddHours(25)),
        ];
        foreach (var metric in metrics)
        foreach (var value in values)
        foreach (var unit in units)
            data.Add(new(metric, value, unit, Day, null, null, "garmin:fenix-7:ab12", null));
        foreach (var source in sources)
        foreach (var sample in samples)
        foreach (var (day, start, end) in periods)
            data.Add(new(Metric.Steps, 8000, null, day, start, end, source, sample));
        return data;
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void An_item_is_plainly_valid_exactly_when_the_rules_accept_it(MeasurementItemInput item) =>
        Assert.Equal(new MeasurementItemInput.Validator().Validate(item).IsValid, MeasurementItemInput.Validator.IsPlainlyValid(item));

    [Fact]
    public void Errors_keep_the_index_of_the_item_in_the_batch()
    {
        var ok = new MeasurementItemInput(Metric.Steps, 8000, null, Day, null, null, "garmin", null);
        var batch = new IngestMeasurements([ok, ok, ok with { Value = -5 }, ok, ok with { Metric = null }]);

        var errors = new IngestMeasurements.Validator().Validate(batch).Errors.Select(e => e.PropertyName).Distinct().ToList();

        Assert.Equal(["items[2].value", "items[4].metric"], errors);
    }
}
