using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>Who may see and act on a client's record and journey (<see cref="ClientOwnership"/>, the one rule).</summary>
public static class ClientAccess
{
    public static void EnsureCanRead(RequestContext caller, Guid clientId, string? coachUserId)
    {
        if (caller.IsStaffFor(coachUserId) || caller.IsTheClient(clientId)) return;
        throw new ForbiddenException("You may not see this client's record.");
    }

    /// <summary>The caller may act on this client, and the journey is not closed.</summary>
    public static void EnsureOpenTo(this ClientJourney journey, RequestContext caller)
    {
        if (!caller.IsStaffFor(journey.CoachUserId))
            throw new ForbiddenException("This client has another responsible coach; only they or an org-admin may act.");
        if (journey.IsClosed) throw ClientProblems.JourneyClosed();
    }
}
