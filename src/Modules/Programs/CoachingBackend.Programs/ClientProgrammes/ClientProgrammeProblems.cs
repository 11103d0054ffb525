using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>The refusals about a client's programme, each with its stable problem type.</summary>
public static class ClientProgrammeProblems
{
    public static DomainRuleException ClientNotActive() =>
        new("client-not-active", "The client's service is not active (not yet activated, or on a time-out): a programme starts once it is.");

    public static DomainRuleException VersionNotReleased(int? version) =>
        new("programme-version-not-released", version is { } n
            ? $"Version {n} of this programme has not been published to clients."
            : "No version of this programme has been published to clients yet.");

    public static DomainRuleException StartBeforeActivation(DateOnly activatedOn) =>
        new("programme-start-before-activation", $"A programme starts on or after the day the service was activated ({activatedOn:yyyy-MM-dd}).");

    public static DomainRuleException StartAfterServiceEnds(DateOnly endsOn) =>
        new("programme-start-after-service-ends", $"The client's service period ends on {endsOn:yyyy-MM-dd}: start the programme before that.");

    public static DomainRuleException NotRunning(ClientProgrammeStatus status) =>
        new("programme-not-running", status == ClientProgrammeStatus.Ended
            ? "The programme has ended."
            : "The programme is paused for the client's time-out: reschedule once the client has resumed.");

    public static DomainRuleException NotNewerVersion(int current, int asked) =>
        new("programme-version-not-newer", $"The client follows version {current}; move them to a newer version released to clients, not {asked}.");

    public static DomainRuleException ActivityAlreadyDone() =>
        new("activity-already-done", "The activity is done already.");
}
