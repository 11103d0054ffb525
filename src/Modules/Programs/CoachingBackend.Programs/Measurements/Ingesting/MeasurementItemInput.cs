using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.Input;
using FluentValidation;

namespace CoachingBackend.Programs.Measurements.Ingesting;

/// <summary>One measurement as a watch, phone or gateway sends it.</summary>
/// <param name="Unit">Needed only where the metric has several (weight: kg or lb); else the metric's own.</param>
/// <param name="Day">The client's local date (the organisation's time zone); or give startAt and endAt instead.</param>
/// <param name="EndAt">With <paramref name="StartAt"/>: the period measured; the day is endAt's local date (a night's sleep counts on the morning it ends).</param>
/// <param name="Source">The device or app, e.g. garmin:fenix-7:ab12.</param>
/// <param name="SampleId">The source's own id of the sample, if it has one: the item is then keyed by it instead of by day.</param>
public sealed record MeasurementItemInput(
    [property: Required] Metric? Metric,
    [property: Required] decimal? Value,
    [property: Text(10)] string? Unit,
    DateOnly? Day,
    DateTimeOffset? StartAt,
    DateTimeOffset? EndAt,
    [property: Required, Text(100)] string? Source,
    [property: Text(100)] string? SampleId)
{
    public sealed class Validator : AbstractValidator<MeasurementItemInput>
    {
        public Validator()
        {
            RuleFor(i => i.Metric).NotNull().IsInEnum();
            RuleFor(i => i.Source).NotEmpty();
            RuleFor(i => i.SampleId).NotEmpty().When(i => i.SampleId is not null);
            RuleFor(i => i.Value).NotNull();
            When(i => i.Metric is not null && Enum.IsDefined(i.Metric.Value) && i.Value is not null, () =>
            {
                RuleFor(i => i.Unit).Must((i, unit) => Rules(i).ToStoredUnit(0, unit) is not null)
                    .WithMessage(i => $"Unit must be one of: {string.Join(", ", Rules(i).Units)} for {CoachingBackend.BuildingBlocks.Json.JsonDefaults.Name(i.Metric!.Value)}.");
                RuleFor(i => i.Value).Must((i, value) => Rules(i).ToStoredUnit(value!.Value, i.Unit) is not { } stored
                                                         || (stored >= Rules(i).Min && stored <= Rules(i).Max))
                    .WithMessage(i => $"Is implausible: {CoachingBackend.BuildingBlocks.Json.JsonDefaults.Name(i.Metric!.Value)} must be between " +
                                      $"{Rules(i).Min} and {Rules(i).Max} {Rules(i).Unit} a day.");
                RuleFor(i => i.Value).Must(value => value % 1 == 0).When(i => Rules(i).Additive)
                    .WithMessage("Must be a whole number.");
            });
            RuleFor(i => i.Day).NotNull().When(i => i.StartAt is null && i.EndAt is null)
                .WithMessage("Give the day, or the period measured as startAt and endAt.");
            RuleFor(i => i.Day).Null().When(i => i.StartAt is not null || i.EndAt is not null)
                .WithMessage("Give either the day or startAt and endAt, not both.");
            RuleFor(i => i.StartAt).NotNull().When(i => i.EndAt is not null).WithMessage("startAt and endAt go together.");
            RuleFor(i => i.EndAt).NotNull().When(i => i.StartAt is not null).WithMessage("startAt and endAt go together.");
            RuleFor(i => i.EndAt).Must((i, end) => end >= i.StartAt && end - i.StartAt <= TimeSpan.FromHours(24))
                .When(i => i is { StartAt: not null, EndAt: not null })
                .WithMessage("endAt must be at or after startAt, and at most 24 hours after it.");
        }

        /// <summary>
        /// True only for an item every rule above accepts, checked in plain code: the batch's validator runs the rules
        /// (and their messages) on the other items alone, so a valid 1,000-item batch costs no rule engine per item.
        /// </summary>
        public static bool IsPlainlyValid(MeasurementItemInput? i)
        {
            if (i is not { Metric: { } metric, Value: { } value } || !Enum.IsDefined(metric) || string.IsNullOrWhiteSpace(i.Source)) return false;
            if (i.SampleId is not null && string.IsNullOrWhiteSpace(i.SampleId)) return false;
            var rules = MetricRules.Of(metric);
            if (rules.ToStoredUnit(value, i.Unit) is not { } stored || stored < rules.Min || stored > rules.Max) return false;
            if (rules.Additive && value % 1 != 0) return false;
            if (i.StartAt is null && i.EndAt is null) return i.Day is not null;
            return i is { Day: null, StartAt: { } start, EndAt: { } end } && end >= start && end - start <= TimeSpan.FromHours(24);
        }

        private static MetricRules Rules(MeasurementItemInput i) => MetricRules.Of(i.Metric!.Value);
    }
}
