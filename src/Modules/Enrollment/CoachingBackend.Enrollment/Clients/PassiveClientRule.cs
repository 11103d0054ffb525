namespace CoachingBackend.Enrollment.Clients;

/// <summary>
/// "If a client is passive, the coach contacts them one month after the programme started." The watch starts at
/// activation and starts again at each resumption after a time-out; what the client does of their own while the
/// service runs, from the watch's start on, settles it. The journey's decider and the client record (which tells
/// the follow-up scan when to look) both ask this one rule, so they cannot disagree.
/// </summary>
public static class PassiveClientRule
{
    /// <summary>When a client with no activity since <paramref name="watchedSince"/> is due a passive-client follow-up.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset watchedSince, int passiveAfterDays) => watchedSince.AddDays(passiveAfterDays);

    /// <summary>Whether the client's own doing at <paramref name="at"/> counts against passivity.</summary>
    public static bool Counts(ClientStatus status, DateTimeOffset? watchedSince, DateTimeOffset at) =>
        status == ClientStatus.Active && watchedSince is { } since && at >= since;
}
