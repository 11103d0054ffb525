using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;

namespace CoachingBackend.ReadinessAssessment.Clients;

/// <summary>
/// A client's assessments are theirs, their coach's and the org-admin's: the client themself (token subject =
/// client id), a coach of their own or of an unassigned client, an org-admin of the organisation.
/// </summary>
public static class AssessmentAccess
{
    public static async Task<KnownClient> EnsureAsync(IQuerySession session, RequestContext caller, Guid clientId, CancellationToken ct)
    {
        var client = await session.LoadAsync<KnownClient>(clientId, ct) ?? throw new NotFoundException("client", clientId);
        var allowed = caller.IsInRole(Roles.OrgAdmin)
                      || (caller.IsInRole(Roles.Coach) && (client.CoachUserId is null || client.CoachUserId == caller.UserId))
                      || (caller.IsInRole(Roles.Client) && caller.UserId == clientId.ToString());
        return allowed ? client : throw new ForbiddenException("You may not see or add this client's readiness assessments.");
    }
}
