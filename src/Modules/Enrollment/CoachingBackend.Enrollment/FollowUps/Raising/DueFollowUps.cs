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
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        if (journey is { Status: ClientStatus.Active, ActiveSinceWatch: false, PassiveWatchSince: { } watchedSince }
            && PassiveClientRule.DueAt(watchedSince, journey.PassiveAfterDays) is var passiveAt && passiveAt <= now)
        {
            var since = watchedSince == journey.ActivatedAt ? "activation" : "the return from a time-out";
            Raise(FollowUpKind.PassiveClient, passiveAt,
                $"No activity of the client's own in the {journey.PassiveAfterDays} days since {since}: contact them.");
        }

        if (journey is { Status: ClientStatus.OnTimeOut, ReturnBy: { } returnBy } && returnBy < today)
        {
            Raise(FollowUpKind.TimeOutEnded, AtStartOf(returnBy.AddDays(1)),
                $"The time-out ended on {returnBy:yyyy-MM-dd} without a return: contact the client.");
        }

        if (journey is { Status: ClientStatus.Active or ClientStatus.OnTimeOut, ServiceEndsOn: { } endsOn } && endsOn <= today)
        {
            Raise(FollowUpKind.ServicePeriodEnded, AtStartOf(endsOn),
                $"The service period ended on {endsOn:yyyy-MM-dd}: discharge the client or agree how to go on.");
        }

        return new Decision(events, [], []);

        void Raise(FollowUpKind kind, DateTimeOffset dueSince, string reason)
        {
            if (journey.RaisedFollowUps.Contains(ClientJourney.FollowUpKey(kind, dueSince))) return;
            events.Add(new FollowUpRaised(journey.Id, Guid.CreateVersion7(now), kind, journey.CoachId, reason, dueSince, now));
        }
    }

    private static DateTimeOffset AtStartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
