namespace CoachingBackend.Enrollment.Analytics;

/// <param name="Reason">A discharge reason, or <c>all</c>.</param>
/// <param name="Days">Whole days from activation to discharge.</param>
public sealed record DischargeTiming(string Reason, DayStatistics Days);
