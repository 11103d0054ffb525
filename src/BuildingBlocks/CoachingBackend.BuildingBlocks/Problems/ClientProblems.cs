namespace CoachingBackend.BuildingBlocks.Problems;

/// <summary>The refusals every module gives about a client, with one type each across the API.</summary>
public static class ClientProblems
{
    public const string JourneyClosedRule = "journey-closed";

    public static DomainRuleException JourneyClosed() =>
        new(JourneyClosedRule, "The client has been discharged; the journey is closed.");
}
