using CoachingBackend.BuildingBlocks.Problems;
using Marten;

namespace CoachingBackend.BuildingBlocks.Identity;

/// <summary>
/// Who may see or act on a client's data in a module, by that module's own copy of the client
/// (<typeparamref name="TClient"/>): a client of another organisation does not exist (404); then the client
/// themself, their responsible coach and org-admins (<see cref="ClientOwnership"/>). A module names it once, as its
/// own <c>ClientAccess</c> over its <c>KnownClient</c>.
/// </summary>
public abstract class KnownClientAccess<TClient> where TClient : class, IKnownClient
{
    public static async Task<TClient> FindAsync(IQuerySession session, Guid clientId, CancellationToken ct) =>
        await session.LoadAsync<TClient>(clientId, ct) ?? throw new NotFoundException("client", clientId);

    /// <summary>The client themself, their responsible coach or an org-admin may see it.</summary>
    public static async Task<TClient> EnsureCanSeeAsync(IQuerySession session, RequestContext caller, Guid clientId, CancellationToken ct)
    {
        var client = await FindAsync(session, clientId, ct);
        return caller.IsResponsibleFor(client.CoachUserId) || caller.IsTheClient(clientId)
            ? client : throw new ForbiddenException("Only the client, their responsible coach and org-admins may see this.");
    }

    /// <summary>Only the responsible coach (or an org-admin) may act for the client here.</summary>
    public static async Task<TClient> EnsureResponsibleAsync(IQuerySession session, RequestContext caller, Guid clientId, CancellationToken ct)
    {
        var client = await FindAsync(session, clientId, ct);
        return caller.IsResponsibleFor(client.CoachUserId)
            ? client : throw new ForbiddenException("Only the client's responsible coach (or an org-admin) may do this.");
    }

    /// <summary>Only the client themself may do this (their own entries, their own answers).</summary>
    public static async Task<TClient> EnsureIsTheClientAsync(IQuerySession session, RequestContext caller, Guid clientId, CancellationToken ct)
    {
        var client = await FindAsync(session, clientId, ct);
        return caller.IsTheClient(clientId) ? client : throw new ForbiddenException("Only the client themself may do this.");
    }
}
