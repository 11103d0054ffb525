using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>What a client's programme contributes to the client's journey: one line per change, with its source.</summary>
public static class ProgrammeJourney
{
    public const string Module = "programs";

    public static JourneyEntryContributed Entry(CommandContext context, Guid clientId, Guid clientProgrammeId, long version,
        string kind, string summary) =>
        new(context.TenantId, clientId, Module, kind, summary, clientProgrammeId, version, context.Now, IsClientsOwnDoing: false);
}
