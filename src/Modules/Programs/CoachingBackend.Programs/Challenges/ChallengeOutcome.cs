using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Programs.Measurements;

namespace CoachingBackend.Programs.Challenges;

/// <summary>
/// What reaching challenges adds to a decision on a client's measurements: for each open challenge the figures now
/// meet, its event, a notification in the client's feed while the week's cap allows one, and a journey entry.
/// </summary>
public static class ChallengeOutcome
{
    /// <param name="open">The challenges not reached yet.</param>
    /// <param name="events">The decision's events so far; the reached ones are added after them.</param>
    /// <param name="version">The stream's version before the decision, for the journey entries' source versions.</param>
    /// <param name="figures">The de-duplicated daily figures of the challenges' metrics, as they stand after the decision.</param>
    /// <param name="notificationsThisWeek">Notifications the client had this week (reminders included), against the cap.</param>
    public static IReadOnlyList<JourneyEntryContributed> AddReached(List<object> events, IEnumerable<Challenge> open, Guid clientId,
        long version, IReadOnlyDictionary<Metric, List<DailyFigure>> figures, int notificationsThisWeek, int perWeek,
        DateOnly today, CommandContext context)
    {
        var journey = new List<JourneyEntryContributed>();
        var sent = notificationsThisWeek;
        foreach (var challenge in open.Where(c => c.ReachedOn is null))
        {
            var progress = ChallengeProgress.Of(challenge, figures.GetValueOrDefault(challenge.Metric) ?? []);
            if (progress.ReachedOn is not { } reachedOn) continue;
            events.Add(new ChallengeReached(challenge.Id, clientId, reachedOn, progress.DaysMet, context.Now));
            journey.Add(new JourneyEntryContributed(context.TenantId, clientId, "programs", "challenge-reached",
                $"Challenge reached: {challenge.Goal}", ClientMeasurements.StreamId(clientId), version + events.Count, context.Now,
                IsClientsOwnDoing: false));
            if (sent >= perWeek) continue;
            sent++;
            events.Add(new ChallengeNotificationSent(challenge.Id, clientId, StableIds.From("challenge-reached", challenge.Id.ToString()),
                $"Challenge reached: {challenge.Goal}", today, context.Now));
        }
        return journey;
    }
}
