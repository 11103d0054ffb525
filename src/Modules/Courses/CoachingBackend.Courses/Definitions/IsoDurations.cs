using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// The ISO-8601 durations a step's window is given in, relative to the client's enrolment: weeks, days, hours and
/// minutes (<c>P7D</c>, <c>P2W</c>, <c>PT12H</c>, <c>P1DT6H</c>). Months and years are refused: their length varies.
/// </summary>
public static partial class IsoDurations
{
    public const string Pattern = @"^P(?!$)(\d{1,4}W)?(\d{1,4}D)?(T(?=\d)(\d{1,4}H)?(\d{1,4}M)?)?$";

    public static bool IsValid(string? text) => text is not null && Duration().IsMatch(text);

    public static TimeSpan Parse(string text)
    {
        var m = Duration().Match(text);
        if (!m.Success) throw new FormatException($"'{text}' is not an ISO-8601 duration of weeks, days, hours and minutes.");
        return TimeSpan.FromDays(7 * Part(m, 1) + Part(m, 2)) + TimeSpan.FromHours(Part(m, 4)) + TimeSpan.FromMinutes(Part(m, 5));
    }

    private static int Part(Match m, int group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value[..^1], CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
