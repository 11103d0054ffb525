namespace CoachingBackend.Enrollment.Analytics;

/// <param name="Started">Time-outs started in the period.</param>
/// <param name="Returned">Of them, those the client came back from.</param>
/// <param name="NeverReturned">Of them, those that ended in a discharge.</param>
/// <param name="Ongoing">Of them, those still running.</param>
/// <param name="Length">Whole days of those that ended, returned or not.</param>
public sealed record TimeOutFiguresResponse(string? From, string? To, SmallCount Started, SmallCount Returned,
    SmallCount NeverReturned, SmallCount Ongoing, DayStatistics Length);
