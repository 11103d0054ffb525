using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;

namespace CoachingBackend.Feedback.Clients;

/// <summary>
/// A client's surveys are the client's own, their responsible coach's and the org-admin's (<see cref="ClientOwnership"/>),
/// by what this module knows of the client. A client of another organisation does not exist here: 404.
/// </summary>
public static class ClientAccess
{
    /// <summary>The client themself, their responsible coach or an org-admin may see it.</summary>
    public static async Task<KnownClient> EnsureCanSeeAsync(IQuerySession session, RequestContext caller, Guid clientId, CancellationToken ct)
    {
        var client = await FindAsync(session, clientId, ct);
        return caller.IsResponsibleFor(client.CoachUserId) || caller.IsTheClient(clientId)
            ? client : throw new ForbiddenException("Only the client, their responsible coach and org-admins may see this.");
    }

    /// <summary>Only the responsible coach (or an org-admin) may act for the client here.</summary>
    public static async Task<KnownClient> EnsureResponsibleAsync(IQuerySession session, RequestContext caller, Guid clientId, CancellationToken ct)
    {
        var client = await FindAsync(session, clientId, ct);
        return caller.IsResponsibleFor(client.CoachUserId)
            ? client : throw new ForbiddenException("Only the client's responsible coach (or an org-admin) may do this.");
    }

    public static async Task<KnownClient> FindAsync(IQuerySession session, Guid clientId, CancellationToken ct) =>
        await session.LoadAsync<KnownClient>(clientId, ct) ?? throw new NotFoundException("client", clientId);
}
