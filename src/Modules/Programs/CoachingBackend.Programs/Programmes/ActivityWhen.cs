using System.ComponentModel.DataAnnotations;

namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// When an activity falls, as the API sends and shows it: week (from 1) and ISO weekday (Monday = 1), and with
/// untilWeek the same weekday every week up to and including that week.
/// </summary>
public sealed record ActivityWhen(
    [property: Range(1, 52)] int Week,
    [property: Range(1, 7)] int Weekday,
    [property: Range(1, 52)] int? UntilWeek)
{
    public ActivityTiming ToTiming() => new(Week, Weekday, UntilWeek);

    public static ActivityWhen From(ActivityTiming timing) => new(timing.Week, timing.Weekday, timing.UntilWeek);
}
