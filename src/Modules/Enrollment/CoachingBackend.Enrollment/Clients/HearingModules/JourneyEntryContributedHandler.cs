using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Enrollment.Clients.HearingModules;

/// <summary>
/// Records other modules' entries in the client's journey, in the order they arrive. A redelivered entry (the same
/// source stream and version) is recorded once. Entries still arrive after a discharge (an end-of-service survey, say),
/// so a closed journey takes them too.
/// </summary>
public static class JourneyEntryContributedHandler
{
    public static async Task Handle(JourneyEntryContributed entry, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, $"system:{entry.Module}", time, ct);
        await streams.Decide<ClientJourney>(entry.ClientId, null, (journey, c) => Decide(journey, entry, c), ct);
    }

    public static Decision Decide(ClientJourney journey, JourneyEntryContributed entry, CommandContext context) =>
        journey.RecordedEntries.Contains(ClientJourney.EntryKey(entry.SourceStream, entry.SourceVersion))
            ? Decision.None
            : Decision.Of(new ModuleEntryRecorded(journey.Id, entry.Module, entry.Kind, entry.Summary, entry.SourceStream,
                entry.SourceVersion, entry.OccurredAt));
}
