namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// When an activity falls in a programme: in week <see cref="Week"/> (from 1) on ISO weekday <see cref="Weekday"/>
/// (Monday = 1), and, with <see cref="UntilWeek"/>, again every week up to and including that week.
/// </summary>
public sealed record ActivityTiming(int Week, int Weekday, int? UntilWeek = null)
{
    public IEnumerable<int> Weeks => Enumerable.Range(Week, (UntilWeek ?? Week) - Week + 1);
}
