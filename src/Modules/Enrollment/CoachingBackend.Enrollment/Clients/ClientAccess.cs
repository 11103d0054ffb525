using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>
/// Who may see and act on a client: org-admins on all of their organisation's clients; a coach on their own
/// clients and on clients no coach holds yet (the intake pool); a client only on themself, read-only (their
/// token's subject is their client id). Referrers and analysts read nothing back.
/// </summary>
public static class ClientAccess
{
    public static void EnsureCanRead(RequestContext caller, Guid clientId, string? coachUserId)
    {
        if (IsStaffFor(caller, coachUserId)) return;
        if (caller.IsInRole(Roles.Client) && caller.UserId == clientId.ToString()) return;
        throw new ForbiddenException("You may not see this client's record.");
    }

    public static void EnsureCanAct(RequestContext caller, ClientJourney journey)
    {
        if (!IsStaffFor(caller, journey.CoachUserId))
            throw new ForbiddenException("This client has another responsible coach; only they or an org-admin may act.");
    }

    private static bool IsStaffFor(RequestContext caller, string? coachUserId) =>
        caller.IsInRole(Roles.OrgAdmin)
        || (caller.IsInRole(Roles.Coach) && (coachUserId is null || coachUserId == caller.UserId));
}
