using CoachingBackend.BuildingBlocks.EventSourcing;
using Marten;

namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>Applies a change of the client's service to each of their programmes that has not ended.</summary>
public static class OpenProgrammes
{
    public static async Task DecideOnEachAsync(EventStreams streams, Guid clientId,
        Func<ClientProgramme, CommandContext, Decision> decide, CancellationToken ct)
    {
        var open = await streams.Reads.Query<ClientProgrammeRecord>()
            .Where(p => p.ClientId == clientId && p.Status != ClientProgrammeStatus.Ended)
            .Select(p => p.Id).ToListAsync(ct);
        foreach (var id in open.Order()) await streams.Decide(id, null, decide, ct);
    }
}
