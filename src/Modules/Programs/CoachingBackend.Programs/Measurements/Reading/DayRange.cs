using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CoachingBackend.Programs.Measurements.Reading;

/// <summary>The from–to days of a query (yyyy-MM-dd, both included): the last 90 days by default, at most 366.</summary>
public sealed record DayRange(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 366;

    public static DayRange Read(string? from, string? to, DateOnly today)
    {
        var end = Parse(to, "to") ?? today;
        var start = Parse(from, "from") ?? end.AddDays(-(DefaultDays - 1));
        if (start > end) throw new BadHttpRequestException("from must not be after to.");
        if (end.DayNumber - start.DayNumber + 1 > MaxDays) throw new BadHttpRequestException($"Ask for at most {MaxDays} days at a time.");
        return new(start, end);
    }

    private static DateOnly? Parse(string? value, string name) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new BadHttpRequestException($"{name} must be a date as yyyy-MM-dd.");
}
