using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Materials;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Programmes.Drafting;

/// <summary>A coach or org-admin starts a programme template as a draft, seen by them and org-admins until shared.</summary>
public sealed record DraftProgramme(
    string Name,
    [property: Text(4000, Multiline = true)] string? Description,
    [property: Range(1, 52)] int LengthWeeks,
    [property: MinLength(1), MaxLength(6)] IReadOnlyList<Theme> Themes,
    [property: MaxLength(200)] IReadOnlyList<DraftActivity> Activities) : ICommand<ProgrammeChanged>, IProgrammeContent
{
    public sealed class Validator : ProgrammeContentValidator<DraftProgramme>;

    public static Decision Decide(Guid programmeId, DraftProgramme command, IReadOnlyDictionary<Guid, MaterialRecord> materials,
        CommandContext context)
    {
        var draft = ProgrammePlanning.Plan(command, materials);
        return Decision.Of(new ProgrammeDrafted(programmeId, draft.Name, draft.Description, draft.LengthWeeks, draft.Themes,
            draft.Activities, context.UserId, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/programmes", async Task<Created<ProgrammeChanged>> (DraftProgramme command, IMediator mediator,
                HttpResponse response, CancellationToken ct) =>
            {
                var drafted = await mediator.Send(command, ct);
                response.SetETag(drafted.Version);
                return TypedResults.Created($"/api/v1/programmes/{drafted.ProgrammeId}", drafted);
            })
            .WithName("DraftProgramme")
            .WithMetadata(new RequestExample("""
                {"name":"Sleep and recovery, 12 weeks","description":"Evening routines first, then recovery after exercise.","lengthWeeks":12,"themes":["sleep","recovery"],"activities":[{"key":"wind-down","title":"Screens off an hour before bed","theme":"sleep","kind":"task","when":{"week":1,"weekday":1,"untilWeek":4},"materialId":null,"reminderAt":"21:00"},{"key":"week-one-reflection","title":"How did you sleep this week?","theme":"sleep","kind":"reflection","when":{"week":1,"weekday":7,"untilWeek":null},"materialId":null,"reminderAt":null}]}
                """))
            .WithTags("Programmes")
            .WithSummary("Draft a programme template")
            .WithDescription("Weeks count from 1, weekdays are ISO 8601 (Monday = 1); untilWeek repeats the activity weekly. " +
                             "Reminder times are \"HH:mm\" in the organisation's time zone. An activity's theme must be one of the " +
                             "programme's themes and its weeks within lengthWeeks (400); a retired material item is refused " +
                             "(409 material-retired). The draft is seen by its author and org-admins until shared with coaches. " +
                             "Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class DraftProgrammeHandler(EventStreams streams) : ICommandHandler<DraftProgramme, ProgrammeChanged>
{
    public async ValueTask<ProgrammeChanged> Handle(DraftProgramme command, CancellationToken ct)
    {
        var programmeId = Guid.CreateVersion7(streams.Context.Now);
        var materials = await ProgrammePlanning.MaterialsAsync(streams.Reads, command.Activities.Select(a => a.MaterialId), ct);
        var version = await streams.Start<Programme>(programmeId, context => DraftProgramme.Decide(programmeId, command, materials, context), ct);
        return new ProgrammeChanged(programmeId, version);
    }
}
