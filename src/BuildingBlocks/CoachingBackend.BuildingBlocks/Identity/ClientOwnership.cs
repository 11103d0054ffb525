namespace CoachingBackend.BuildingBlocks.Identity;

/// <summary>
/// "A coach acts on their own clients": the one ownership rule every module applies to a client's data, given
/// the client's responsible coach as that module knows it.
/// </summary>
public static class ClientOwnership
{
    /// <summary>
    /// Staff who may act for the client: an org-admin of the organisation, the responsible coach, or any coach while
    /// the client has none (the intake pool).
    /// </summary>
    public static bool IsStaffFor(this RequestContext caller, string? coachUserId) =>
        caller.IsInRole(Roles.OrgAdmin)
        || (caller.IsInRole(Roles.Coach) && (coachUserId is null || coachUserId == caller.UserId));

    /// <summary>The client's responsible coach themself, or an org-admin: not any coach of the intake pool.</summary>
    public static bool IsResponsibleFor(this RequestContext caller, string? coachUserId) =>
        caller.IsInRole(Roles.OrgAdmin) || (caller.IsInRole(Roles.Coach) && coachUserId is not null && coachUserId == caller.UserId);

    /// <summary>The client themself: their token's subject is their client id.</summary>
    public static bool IsTheClient(this RequestContext caller, Guid clientId) =>
        caller.IsInRole(Roles.Client) && caller.UserId == clientId.ToString();
}
