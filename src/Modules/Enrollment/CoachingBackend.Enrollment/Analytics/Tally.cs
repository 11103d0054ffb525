namespace CoachingBackend.Enrollment.Analytics;

/// <summary>A named count and its share of the whole (3 decimals); both null when the count is suppressed (1 to 4).</summary>
public sealed record Tally(string Name, int? Count, bool Suppressed, double? Share)
{
    public static Tally Of(string name, int count, int whole)
    {
        var shown = SmallCount.Of(count);
        return new(name, shown.Count, shown.Suppressed, shown.Suppressed ? null : ClientPaths.Share(count, whole) ?? (whole == 0 ? null : 0));
    }
}
