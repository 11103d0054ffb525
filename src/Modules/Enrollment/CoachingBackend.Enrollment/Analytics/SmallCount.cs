namespace CoachingBackend.Enrollment.Analytics;

/// <summary>
/// A count shown only when it cannot point at a person: 1 to 4 is <see cref="Suppressed"/> and shows as null, never
/// as the number. Zero identifies no one and is shown.
/// </summary>
public sealed record SmallCount(int? Count, bool Suppressed)
{
    public const int Threshold = 5;

    public static SmallCount Of(int count) => IsSmall(count) ? new(null, true) : new(count, false);

    public static bool IsSmall(int count) => count is > 0 and < Threshold;
}
