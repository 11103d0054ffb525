using CoachingBackend.BuildingBlocks.EventSourcing;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>
/// The facts about a client that other modules rely on at once: that the client exists, who their responsible coach
/// is, that the service runs, pauses for a time-out or resumes, that they left. Enrollment publishes each as an integration event (for modules that react) and records it as
/// the same Contracts event on the client's directory stream, which other modules project inline into their own copy,
/// in the transaction that changed the journey: a coach loses access everywhere the moment another coach is assigned
/// (docs/adr/0014-client-directory.md).
/// </summary>
public static class ClientDirectory
{
    public static Guid StreamOf(Guid clientId) => StableIds.From("client-directory", clientId.ToString());

    /// <summary>Publishes <paramref name="fact"/> and records it on the client's directory stream (started by the first).</summary>
    public static Decision Announcing(this Decision decision, Guid clientId, object fact, bool first = false) =>
        decision.Publishing(fact).Recording<ClientDirectoryEntry>(StreamOf(clientId), first, fact);
}
