using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.UnitTests;

/// <summary>The context a decider is given: who acts, in which organisation, when.</summary>
public static class Contexts
{
    public static CommandContext As(string userId, DateTimeOffset now, string role = Roles.Coach, string tenant = "vantaa")
    {
        var caller = new RequestContext();
        caller.Set(tenant, userId, [role], "correlation-1", "cause-1");
        return new CommandContext(caller, now);
    }
}
