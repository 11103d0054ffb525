namespace CoachingBackend.Enrollment.Clients;

/// <summary>
/// The passive-client watch starts at activation and starts again at each resumption after a time-out; what the
/// client does of their own while the service runs, from the watch's start on, settles it. The journey's decider and
/// the client record both ask this one rule, so they cannot disagree (when it falls due: <c>FollowUpDueDates</c>).
/// </summary>
public static class PassiveClientRule
{
    /// <summary>Whether the client's own doing at <paramref name="at"/> counts against passivity.</summary>
    public static bool Counts(ClientStatus status, DateTimeOffset? watchedSince, DateTimeOffset at) =>
        status == ClientStatus.Active && watchedSince is { } since && at >= since;
}
