using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.ClientProgrammes.Calendar;
using CoachingBackend.Programs.Clients;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.ClientProgrammes.Skipping;

/// <summary>The client decides not to do an activity of their calendar (value- and acceptance-based coaching).</summary>
public sealed record SkipCalendarActivity : RoutedCommand<CalendarDay>
{
    [JsonIgnore] public Guid ClientId { get; init; }

    public static Decision Decide(ClientProgramme programme, SkipCalendarActivity command, CommandContext context)
    {
        var activity = CalendarActivities.Open(programme, command.TargetId);
        if (activity.SkippedAt is not null) return Decision.None;
        if (activity.IsDone) throw ClientProgrammeProblems.ActivityAlreadyDone();
        return Decision.Of(new CalendarActivitySkipped(programme.Id, programme.ClientId, activity.Id, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/calendar/{activityId:guid}/skip", async Task<Ok<CalendarDay>> (Guid clientId,
                Guid activityId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SkipCalendarActivity().For<SkipCalendarActivity>(activityId, null) with { ClientId = clientId }, ct)))
            .WithName("SkipCalendarActivity")
            .WithTags("Client programmes")
            .WithSummary("Skip an activity of the client's calendar")
            .WithDescription("The activity shows as skipped and gets no reminder. Skipping it again changes nothing; a done " +
                             "activity cannot be skipped (409 activity-already-done); nor one of an ended programme " +
                             "(409 programme-not-running). Roles: the client themself.")
            .AllowRoles(Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithCommonProblems();
}

public sealed class SkipCalendarActivityHandler(EventStreams streams) : ICommandHandler<SkipCalendarActivity, CalendarDay>
{
    public async ValueTask<CalendarDay> Handle(SkipCalendarActivity command, CancellationToken ct)
    {
        await ClientAccess.EnsureIsTheClientAsync(streams.Reads, streams.Context.Caller, command.ClientId, ct);
        var programmeId = await CalendarActivities.ProgrammeOfAsync(streams.Reads, command.ClientId, command.TargetId, ct)
                          ?? throw new NotFoundException("calendar activity", command.TargetId);
        await streams.Decide<ClientProgramme>(programmeId, null, (p, c) => SkipCalendarActivity.Decide(p, command, c), ct);
        var programme = (await streams.Reads.LoadAsync<ClientProgrammeRecord>(programmeId, ct))!;
        return GetCalendar.Day(programme.Activities.Single(a => a.Id == command.TargetId), programme,
            ClientCalendar.Today(streams.Context.Now, programme.TimeZone));
    }
}
