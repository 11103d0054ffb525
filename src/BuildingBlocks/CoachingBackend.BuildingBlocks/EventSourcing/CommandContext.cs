using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.BuildingBlocks.EventSourcing;

/// <summary>
/// What a decider may know besides the state and the command: who acts, for which organisation, and the time
/// (from the injected clock, never the wall clock). Given by <see cref="EventStreams"/>; built by hand in unit tests.
/// </summary>
public sealed record CommandContext(RequestContext Caller, DateTimeOffset Now)
{
    public string TenantId => Caller.TenantId;
    public string UserId => Caller.UserId;

    public bool IsInRole(string role) => Caller.IsInRole(role);
}
