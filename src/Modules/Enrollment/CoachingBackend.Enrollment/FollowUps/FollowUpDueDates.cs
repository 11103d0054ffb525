namespace CoachingBackend.Enrollment.FollowUps;

/// <summary>
/// When each time-driven follow-up falls due: the coaches' rules from the sources, in one place. The journey's decider
/// raises by them and the client record (which tells the follow-up scan where to look) stores them, so the two
/// cannot disagree. Days are UTC days.
/// </summary>
public static class FollowUpDueDates
{
    /// <summary>"If a client is passive, the coach contacts them one month after the programme started" (or resumed).</summary>
    public static DateTimeOffset PassiveClient(DateTimeOffset watchedSince, int passiveAfterDays) => watchedSince.AddDays(passiveAfterDays);

    /// <summary>Once the whole return-by day has passed without a resumption.</summary>
    public static DateTimeOffset TimeOutEnded(DateOnly returnBy) => StartOf(returnBy.AddDays(1));

    /// <summary>From the first moment of the day the service period ends.</summary>
    public static DateTimeOffset ServicePeriodEnded(DateOnly endsOn) => StartOf(endsOn);

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
