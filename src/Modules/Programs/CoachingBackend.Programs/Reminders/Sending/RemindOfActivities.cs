using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Programs.ClientProgrammes;

namespace CoachingBackend.Programs.Reminders.Sending;

/// <summary>
/// Which reminders of a client's programme go out now: those fallen due, at most <c>perWeek</c> in a week for the
/// client (the aim is to help, not to lecture). One that is over <see cref="ReminderTimes.Lateness"/> late is withheld
/// rather than sent out of its moment. A paused or ended programme sends none.
/// </summary>
public static class RemindOfActivities
{
    public const string WeeklyCap = "weekly-cap";
    public const string TooLate = "too-late";

    /// <param name="sentPerWeek">Reminders already sent to the client, by the Monday of the activity's week.</param>
    public static Decision Decide(ClientProgramme programme, IReadOnlyDictionary<DateOnly, int> sentPerWeek, int perWeek, CommandContext context)
    {
        if (programme.Status != ClientProgrammeStatus.Running) return Decision.None;
        var now = context.Now;
        var sent = new Dictionary<DateOnly, int>(sentPerWeek);
        var events = new List<object>();
        foreach (var (activity, dueAt) in ReminderTimes.Pending(programme.Activities)
                     .Select(a => (Activity: a, DueAt: ReminderTimes.DueAt(a, programme.TimeZone)))
                     .Where(a => a.DueAt <= now).OrderBy(a => a.DueAt).ThenBy(a => a.Activity.Key))
        {
            var week = ReminderTimes.WeekOf(activity.On);
            if (now - dueAt > ReminderTimes.Lateness)
                events.Add(new ActivityReminderWithheld(programme.Id, programme.ClientId, activity.Id, TooLate, now));
            else if (sent.GetValueOrDefault(week) >= perWeek)
                events.Add(new ActivityReminderWithheld(programme.Id, programme.ClientId, activity.Id, WeeklyCap, now));
            else
            {
                sent[week] = sent.GetValueOrDefault(week) + 1;
                events.Add(new ActivityReminded(programme.Id, programme.ClientId, activity.Id,
                    StableIds.From("reminder", activity.Id.ToString(), activity.On.ToString("O")), activity.Title, activity.On,
                    activity.ReminderAt!.Value, now));
            }
        }
        return new Decision(events, [], []);
    }
}
