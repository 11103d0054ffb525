using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Programs.Clients;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.ClientProgrammes.Rescheduling;

/// <summary>
/// The coach shifts what remains of the calendar by a number of days, typically after a time-out: every activity not
/// yet done, from the day the last time-out began (or today, when it was shifted already or there was none), moves on.
/// </summary>
/// <param name="From">The first day whose activities move; by default as above.</param>
public sealed record RescheduleClientProgramme(int Days, DateOnly? From) : OnClientProgramme
{
    public sealed class Validator : AbstractValidator<RescheduleClientProgramme>
    {
        public Validator() => RuleFor(c => c.Days).InclusiveBetween(1, 365);
    }

    public static Decision Decide(ClientProgramme programme, RescheduleClientProgramme command, CommandContext context)
    {
        command.Of(programme);
        if (programme.Status != ClientProgrammeStatus.Running) throw ClientProgrammeProblems.NotRunning(programme.Status);
        var today = ClientCalendar.Today(context.Now, programme.TimeZone);
        var from = command.From ?? (programme is { LastPause: { } pause, RescheduledSinceLastPause: false } ? pause.From : today);
        var moved = programme.Activities.Count(a => !a.IsDone && a.On >= from);
        return Decision.Of(new ClientProgrammeRescheduled(programme.Id, programme.ClientId, command.Days, from, context.UserId, context.Now))
            .Publishing(ProgrammeJourney.Entry(context, programme.ClientId, programme.Id, programme.Version + 1, "programme-rescheduled",
                $"Programme rescheduled: {moved} activities from {from:yyyy-MM-dd} on moved by {command.Days} days."));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/programmes/{clientProgrammeId:guid}/reschedule", async Task<Ok<ClientProgrammeResponse>> (
                Guid clientId, Guid clientProgrammeId, RescheduleClientProgramme command, IMediator mediator, HttpRequest request,
                HttpResponse response, CancellationToken ct) =>
            {
                var programme = await mediator.Send(
                    command.For<RescheduleClientProgramme>(clientId, clientProgrammeId, request.ExpectedVersion()), ct);
                response.SetETag(programme.Version);
                return TypedResults.Ok(ClientProgrammeResponse.From(programme));
            })
            .WithName("RescheduleClientProgramme")
            .WithMetadata(new RequestExample("""
                {"days":14}
                """))
            .WithTags("Client programmes")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Shift the remaining activities of the client's programme by a number of days")
            .WithDescription("Activities already done stay where they are. Only a running programme (not paused by a time-out, " +
                             "not ended) is rescheduled: 409 programme-not-running. Roles: the client's responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class RescheduleClientProgrammeHandler(EventStreams streams) : ICommandHandler<RescheduleClientProgramme, ClientProgrammeRecord>
{
    public async ValueTask<ClientProgrammeRecord> Handle(RescheduleClientProgramme command, CancellationToken ct)
    {
        await ClientAccess.EnsureResponsibleAsync(streams.Reads, streams.Context.Caller, command.ClientId, ct);
        await streams.Decide<ClientProgramme>(command.TargetId, command.ExpectedVersion, (p, c) => RescheduleClientProgramme.Decide(p, command, c), ct);
        return (await streams.Reads.LoadAsync<ClientProgrammeRecord>(command.TargetId, ct))!;
    }
}
