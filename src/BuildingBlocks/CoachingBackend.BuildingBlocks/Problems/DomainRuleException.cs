namespace CoachingBackend.BuildingBlocks.Problems;

/// <summary>
/// A rule of the domain refused a command (an invalid state transition, a full caseload ...): 409 with
/// the rule's own stable problem type. Thrown by deciders before anything is appended, so nothing changes.
/// </summary>
public sealed class DomainRuleException(string rule, string detail) : Exception(detail)
{
    /// <summary>Kebab-case name of the rule, e.g. <c>coach-capacity-full</c>; becomes the problem type.</summary>
    public string Rule { get; } = rule;
}
