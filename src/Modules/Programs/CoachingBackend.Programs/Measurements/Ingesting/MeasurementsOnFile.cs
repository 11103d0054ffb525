using CoachingBackend.Programs.Challenges;

namespace CoachingBackend.Programs.Measurements.Ingesting;

/// <summary>
/// What the store holds that a batch's decision rests on, read by the handler in the decision's transaction: the items
/// with the batch's keys and every item of the days it touches, the daily figures of those days and of the open
/// challenges' windows, and the notifications the client had this week.
/// </summary>
public sealed record MeasurementsOnFile(
    IReadOnlyDictionary<Guid, MeasurementItem> Items,
    IReadOnlyDictionary<Guid, DailyFigureRecord> Daily,
    int NotificationsThisWeek)
{
    /// <summary>The days whose figures the decision needs: the batch's, and those of open challenges' windows that overlap them.</summary>
    public static (DateOnly From, DateOnly To) Span(IReadOnlyCollection<DateOnly> days, ClientMeasurements? state)
    {
        var from = days.Min();
        var to = days.Max();
        foreach (var challenge in state?.Challenges.Where(c => c.ReachedOn is null && c.StartsOn <= to && c.EndsOn >= from) ?? [])
        {
            if (challenge.StartsOn < from) from = challenge.StartsOn;
            if (challenge.EndsOn > to) to = challenge.EndsOn;
        }
        return (from, to);
    }
}
