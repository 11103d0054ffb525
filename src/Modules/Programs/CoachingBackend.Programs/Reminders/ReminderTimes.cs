using CoachingBackend.Programs.ClientProgrammes;

namespace CoachingBackend.Programs.Reminders;

/// <summary>When reminders fall due: an activity's day at its reminder time of day, in the organisation's time zone.</summary>
public static class ReminderTimes
{
    /// <summary>A reminder later than this after its moment is withheld, not sent late.</summary>
    public static readonly TimeSpan Lateness = TimeSpan.FromHours(12);

    public static DateTimeOffset DueAt(CalendarActivity activity, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = activity.On.ToDateTime(activity.ReminderAt!.Value);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The activities whose reminder is still to be sent or withheld.</summary>
    public static IEnumerable<CalendarActivity> Pending(IEnumerable<CalendarActivity> activities) =>
        activities.Where(a => a is { ReminderAt: not null, RemindedAt: null } && !a.IsSettled);

    /// <summary>The first moment a reminder of a running programme falls due; null when none will.</summary>
    public static DateTimeOffset? Next(ClientProgrammeStatus status, IEnumerable<CalendarActivity> activities, string timeZone) =>
        status != ClientProgrammeStatus.Running ? null : Pending(activities).Select(a => (DateTimeOffset?)DueAt(a, timeZone)).Min();

    /// <summary>The Monday of the ISO week of <paramref name="day"/>: reminders are capped per such week.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
