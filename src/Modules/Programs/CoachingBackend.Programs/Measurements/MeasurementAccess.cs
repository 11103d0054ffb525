using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Clients;
using Marten;

namespace CoachingBackend.Programs.Measurements;

/// <summary>
/// Who may post a client's measurements: the client's own app, or a gateway of the organisation (the integration role)
/// for any of its clients. A client of another organisation does not exist here: 404.
/// </summary>
public static class MeasurementAccess
{
    public static async Task<KnownClient> EnsureCanPostAsync(IQuerySession session, RequestContext caller, Guid clientId, CancellationToken ct)
    {
        var client = await session.LoadAsync<KnownClient>(clientId, ct) ?? throw new NotFoundException("client", clientId);
        return caller.IsTheClient(clientId) || caller.IsInRole(Roles.Integration)
            ? client : throw new ForbiddenException("Only the client's own app or the organisation's integration may post measurements.");
    }
}
