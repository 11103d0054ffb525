using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Clients;

namespace CoachingBackend.Enrollment.FollowUps.Raising;

/// <summary>
/// Which follow-ups have fallen due for a client at <c>now</c>: the coaches' rules from the sources.
/// Each is raised once for the period it is about.
/// </summary>
public static class DueFollowUps
{
    public static Decision Decide(ClientJourney journey, CommandContext context)
    {
        var now = context.Now;
        var events = new List<object>();

        if (journey is { Status: ClientStatus.Active, ActiveSinceWatch: false, PassiveWatchSince: { } watchedSince }
            && FollowUpDueDates.PassiveClient(watchedSince, journey.PassiveAfterDays) is var passiveAt && passiveAt <= now)
        {
            var since = watchedSince == journey.ActivatedAt ? "activation" : "the return from a time-out";
            Raise(FollowUpKind.PassiveClient, passiveAt,
                $"No activity of the client's own in the {journey.PassiveAfterDays} days since {since}: contact them.");
        }

        if (journey is { Status: ClientStatus.OnTimeOut, ReturnBy: { } returnBy }
            && FollowUpDueDates.TimeOutEnded(returnBy) is var endedAt && endedAt <= now)
        {
            Raise(FollowUpKind.TimeOutEnded, endedAt,
                $"The time-out ended on {returnBy:yyyy-MM-dd} without a return: contact the client.");
        }

        if (journey is { Status: ClientStatus.Active or ClientStatus.OnTimeOut, ServiceEndsOn: { } endsOn }
            && FollowUpDueDates.ServicePeriodEnded(endsOn) is var periodEndedAt && periodEndedAt <= now)
        {
            Raise(FollowUpKind.ServicePeriodEnded, periodEndedAt,
                $"The service period ended on {endsOn:yyyy-MM-dd}: discharge the client or agree how to go on.");
        }

        return new Decision(events, [], []);

        void Raise(FollowUpKind kind, DateTimeOffset dueSince, string reason)
        {
            if (journey.RaisedFollowUps.Contains(ClientJourney.FollowUpKey(kind, dueSince))) return;
            events.Add(new FollowUpRaised(journey.Id, Guid.CreateVersion7(now), kind, journey.CoachId, reason, dueSince, now));
        }
    }
}
