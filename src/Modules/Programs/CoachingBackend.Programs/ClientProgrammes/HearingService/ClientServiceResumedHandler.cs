using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>The client is back: paused programmes run again, and the coach may shift what remains (reschedule).</summary>
public static class ClientServiceResumedHandler
{
    public static async Task Handle(ClientServiceResumed resumed, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, "system:programs", time, ct);
        await OpenProgrammes.DecideOnEachAsync(streams, resumed.ClientId, (p, c) => Decide(p, resumed, c), ct);
    }

    public static Decision Decide(ClientProgramme programme, ClientServiceResumed resumed, CommandContext context)
    {
        if (programme.Status != ClientProgrammeStatus.Paused) return Decision.None;
        var on = ClientCalendar.Today(resumed.ResumedAt, programme.TimeZone);
        return Decision.Of(new ClientProgrammeResumed(programme.Id, programme.ClientId, on, context.Now))
            .Publishing(ProgrammeJourney.Entry(context, programme.ClientId, programme.Id, programme.Version + 1, "programme-resumed",
                $"Programme running again from {on:yyyy-MM-dd}."));
    }
}
