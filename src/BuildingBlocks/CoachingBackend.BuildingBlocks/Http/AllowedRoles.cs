namespace CoachingBackend.BuildingBlocks.Http;

/// <summary>
/// Endpoint metadata: the roles an operation admits (set by <c>AllowRoles</c>). The role-rules tests read it from every
/// endpoint, so an operation mapped without a rule fails them.
/// </summary>
public sealed record AllowedRoles(IReadOnlyList<string> Roles);
