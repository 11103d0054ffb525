using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>Discharge ends the client's programmes: nothing after the day they left stays on the calendar.</summary>
public static class ClientLeftServiceHandler
{
    public static async Task Handle(ClientLeftService left, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, "system:programs", time, ct);
        await OpenProgrammes.DecideOnEachAsync(streams, left.ClientId, (p, c) => Decide(p, left, c), ct);
    }

    public static Decision Decide(ClientProgramme programme, ClientLeftService left, CommandContext context)
    {
        if (programme.Status == ClientProgrammeStatus.Ended) return Decision.None;
        var on = ClientCalendar.Today(left.DischargedAt, programme.TimeZone);
        return Decision.Of(new ClientProgrammeEnded(programme.Id, programme.ClientId, on, left.Reason, context.Now))
            .Publishing(ProgrammeJourney.Entry(context, programme.ClientId, programme.Id, programme.Version + 1, "programme-ended",
                $"Programme ended on {on:yyyy-MM-dd}: the client left the service ({left.Reason})."));
    }
}
