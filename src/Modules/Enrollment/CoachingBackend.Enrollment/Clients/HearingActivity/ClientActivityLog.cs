using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;

namespace CoachingBackend.Enrollment.Clients.HearingActivity;

/// <summary>
/// When the client last did something of their own, anywhere in the product. Kept beside the journey rather than
/// in it: a watch syncing daily would otherwise bury the journey in events.
/// </summary>
public sealed class ClientActivityLog
{
    public Guid Id { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public string LastSource { get; set; } = "";

    /// <summary>The log after <paramref name="activity"/>: the latest activity wins, so a repeat or a late one changes nothing.</summary>
    public static Decision Noting(ClientActivityLog? log, ClientActivityObserved activity)
    {
        var noted = new ClientActivityLog { Id = activity.ClientId, LastActivityAt = activity.OccurredAt, LastSource = activity.Source };
        return log is null ? Decision.None.Inserting(noted)
            : activity.OccurredAt > log.LastActivityAt ? Decision.None.Updating(noted)
            : Decision.None;
    }

    /// <summary>The later of the journey's own latest activity and this log's.</summary>
    public static DateTimeOffset? Latest(DateTimeOffset? fromJourney, ClientActivityLog? log) =>
        log is null ? fromJourney : fromJourney is { } j && j > log.LastActivityAt ? j : log.LastActivityAt;
}
