using System.Globalization;
using FluentValidation;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary>
/// The days an analytics query covers, UTC: <c>from</c> and <c>to</c> are dates, yyyy-MM-dd, both inclusive; either
/// may be left out for an open end. A step counts when it happened within them.
/// </summary>
public interface IAnalyticsPeriod
{
    string? From { get; }
    string? To { get; }
}

public static class AnalyticsPeriod
{
    public static bool Contains(this IAnalyticsPeriod period, DateTimeOffset? at) =>
        at is { } moment && moment >= Start(period) && moment < End(period);

    public static DateTimeOffset Start(IAnalyticsPeriod period) =>
        Parse(period.From) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MinValue;

    /// <summary>Exclusive: the start of the day after <c>to</c>.</summary>
    public static DateTimeOffset End(IAnalyticsPeriod period) =>
        Parse(period.To) is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MaxValue;

    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day < DateOnly.MaxValue
            ? day : null;

    /// <summary>The rules every analytics query with a period shares.</summary>
    public static void AddPeriodRules<T>(this AbstractValidator<T> validator) where T : IAnalyticsPeriod
    {
        validator.RuleFor(q => q.From).Must(v => Parse(v) is not null).When(q => q.From is not null).WithMessage("from must be a date, yyyy-MM-dd.");
        validator.RuleFor(q => q.To).Must(v => Parse(v) is not null).When(q => q.To is not null).WithMessage("to must be a date, yyyy-MM-dd.");
        validator.RuleFor(q => q.To).Must((q, to) => Parse(q.From) is not { } from || Parse(to) is not { } last || from <= last)
            .WithMessage("from must not be after to.");
    }
}
