using CoachingBackend.Programs.Content;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Programs.Programmes;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>
/// How a programme version becomes dated activities for one client, and how those dates move. Week 1 is the seven
/// days from the start date, week 2 the seven after, and so on; an activity on ISO weekday d falls on the day of its
/// week with that weekday. So every week has each weekday exactly once, whatever weekday the client starts on.
/// </summary>
public static class ClientCalendar
{
    public static DateOnly DateOf(DateOnly startsOn, int week, int weekday)
    {
        var startWeekday = (int)startsOn.DayOfWeek is 0 ? 7 : (int)startsOn.DayOfWeek;
        return startsOn.AddDays(7 * (week - 1) + (weekday - startWeekday + 7) % 7);
    }

    public static Guid ActivityId(Guid clientProgrammeId, string key, int week) =>
        StableIds.From("calendar-activity", clientProgrammeId.ToString(), key, week.ToString());

    /// <summary>The dated activities of <paramref name="version"/> in the chosen themes only, in date order.</summary>
    public static IReadOnlyList<CalendarActivity> Plan(Guid clientProgrammeId, ProgrammeVersionRecord version,
        IReadOnlyCollection<Theme> themes, DateOnly startsOn) =>
        [.. version.Activities
            .Where(a => themes.Contains(a.Theme))
            .SelectMany(a => a.When.Weeks.Select(week => new CalendarActivity(ActivityId(clientProgrammeId, a.Key, week), a.Key, week,
                DateOf(startsOn, week, a.When.Weekday), a.Title, a.Theme, a.Kind, a.Material, a.ReminderAt)))
            .OrderBy(a => a.On).ThenBy(a => a.ReminderAt).ThenBy(a => a.Key)];

    /// <summary>Moves every activity not yet done (nor skipped), dated on or after <paramref name="from"/>, by <paramref name="days"/>.</summary>
    public static IReadOnlyList<CalendarActivity> Shift(IReadOnlyList<CalendarActivity> activities, int days, DateOnly from) =>
        [.. activities.Select(a => a.IsSettled || a.On < from ? a : a with { On = a.On.AddDays(days), RemindedAt = null }).OrderBy(a => a.On).ThenBy(a => a.Key)];

    public static IReadOnlyList<CalendarActivity> MarkDone(IReadOnlyList<CalendarActivity> activities, Guid activityId, Guid entryId,
        DateTimeOffset at) =>
        [.. activities.Select(a => a.Id == activityId ? a with { DoneAt = at, EntryId = entryId } : a)];

    /// <summary>The reminder of the activity was sent or withheld: it is not considered again.</summary>
    public static IReadOnlyList<CalendarActivity> MarkReminded(IReadOnlyList<CalendarActivity> activities, Guid activityId, DateTimeOffset at) =>
        [.. activities.Select(a => a.Id == activityId ? a with { RemindedAt = at } : a)];

    public static IReadOnlyList<CalendarActivity> MarkSkipped(IReadOnlyList<CalendarActivity> activities, Guid activityId, DateTimeOffset at) =>
        [.. activities.Select(a => a.Id == activityId ? a with { SkippedAt = at } : a)];

    /// <summary>
    /// The plan of a newer version for the same client: what was done stays done (matched by key and week), and an
    /// activity both versions share keeps the date it had (a rescheduling stays); new activities get their own dates.
    /// </summary>
    public static IReadOnlyList<CalendarActivity> Replan(IReadOnlyList<CalendarActivity> current, IReadOnlyList<CalendarActivity> planned) =>
        [.. planned.Select(p => current.FirstOrDefault(c => c.Key == p.Key && c.Week == p.Week) is { } kept
                ? p with { On = kept.On, DoneAt = kept.DoneAt, EntryId = kept.EntryId, SkippedAt = kept.SkippedAt, RemindedAt = kept.RemindedAt }
                : p)
            .Concat(current.Where(c => c.IsDone && !planned.Any(p => p.Key == c.Key && p.Week == c.Week)))
            .OrderBy(a => a.On).ThenBy(a => a.Key)];

    /// <summary>Today in the organisation's time zone: calendars are in local dates.</summary>
    public static DateOnly Today(DateTimeOffset now, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
}
