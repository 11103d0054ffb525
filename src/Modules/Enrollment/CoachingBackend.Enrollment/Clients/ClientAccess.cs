using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>Who may see a client's record and journey.</summary>
public static class ClientAccess
{
    /// <summary>
    /// Staff of the organisation may; a client may see only themself (their token's subject is their client id).
    /// </summary>
    public static void EnsureCanRead(RequestContext caller, Guid clientId)
    {
        if (caller.IsInRole(Roles.OrgAdmin) || caller.IsInRole(Roles.Coach)) return;
        if (caller.IsInRole(Roles.Client) && caller.UserId == clientId.ToString()) return;
        throw new ForbiddenException("You may not see this client's record.");
    }
}
