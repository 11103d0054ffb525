using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Programs.Entries;

namespace CoachingBackend.Programs.ClientProgrammes.Doing;

/// <summary>
/// An activity-done entry marks its calendar activity done, in the same transaction as the entry: the entry's
/// decision (its events and journey line) rides on the programme's, so the calendar and the entry never disagree.
/// An activity done already is refused (409 <c>activity-already-done</c>): one entry says it was done, and a retry
/// of the same entry is answered by its Idempotency-Key.
/// </summary>
public static class DoActivity
{
    public static Decision Decide(ClientProgramme programme, Guid activityId, Guid entryId, Decision entry, CommandContext context)
    {
        var activity = CalendarActivities.Open(programme, activityId);
        if (activity.IsDone) throw ClientProgrammeProblems.ActivityAlreadyDone();
        return Decision.Of(new CalendarActivityDone(programme.Id, programme.ClientId, activity.Id, entryId, context.Now))
            .Recording<Entry>(entryId, starts: true, [.. entry.Events]).Publishing([.. entry.IntegrationEvents]);
    }
}
