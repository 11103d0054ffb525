using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Enrollment.Contracts;
using Marten;
using Wolverine;

namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>A time-out pauses the client's programmes: their calendars show the days as paused and no reminders go out.</summary>
public static class ClientTimeOutStartedHandler
{
    public static async Task Handle(ClientTimeOutStarted timeOut, IDocumentSession session, IMessageContext context, TimeProvider time,
        CancellationToken ct)
    {
        var streams = await EventStreams.ForMessageAsync(session, context, "system:programs", time, ct);
        await OpenProgrammes.DecideOnEachAsync(streams, timeOut.ClientId, (p, c) => Decide(p, timeOut, c), ct);
    }

    public static Decision Decide(ClientProgramme programme, ClientTimeOutStarted timeOut, CommandContext context)
    {
        if (programme.Status != ClientProgrammeStatus.Running) return Decision.None;
        var from = ClientCalendar.Today(timeOut.StartedAt, programme.TimeZone);
        return Decision.Of(new ClientProgrammePaused(programme.Id, programme.ClientId, from, context.Now))
            .Publishing(ProgrammeJourney.Entry(context, programme.ClientId, programme.Id, programme.Version + 1, "programme-paused",
                $"Programme paused from {from:yyyy-MM-dd} for the client's time-out."));
    }
}
