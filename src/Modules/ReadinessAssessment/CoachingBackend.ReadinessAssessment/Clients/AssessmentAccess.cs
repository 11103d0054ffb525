using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;

namespace CoachingBackend.ReadinessAssessment.Clients;

/// <summary>
/// A client's assessments are theirs, their coach's and the org-admin's (<see cref="ClientOwnership"/>), by what this
/// module knows of the client's responsible coach.
/// </summary>
public static class AssessmentAccess
{
    public static async Task<KnownClient> EnsureAsync(IQuerySession session, RequestContext caller, Guid clientId, CancellationToken ct)
    {
        var client = await session.LoadAsync<KnownClient>(clientId, ct) ?? throw new NotFoundException("client", clientId);
        return caller.IsStaffFor(client.CoachUserId) || caller.IsTheClient(clientId)
            ? client : throw new ForbiddenException("You may not see or add this client's readiness assessments.");
    }
}
