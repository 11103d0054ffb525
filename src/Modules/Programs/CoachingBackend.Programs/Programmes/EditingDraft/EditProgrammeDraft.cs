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

namespace CoachingBackend.Programs.Programmes.EditingDraft;

/// <summary>
/// The author (or an org-admin) replaces the draft, whole. Shared versions never change: after version N was shared,
/// the edited draft is what version N+1 will hold.
/// </summary>
public sealed record EditProgrammeDraft(
    string Name,
    [property: Text(4000, Multiline = true)] string? Description,
    [property: Range(1, 52)] int LengthWeeks,
    [property: MinLength(1), MaxLength(6)] IReadOnlyList<Theme> Themes,
    [property: MaxLength(200)] IReadOnlyList<DraftActivity> Activities) : RoutedCommand<ProgrammeChanged>, IProgrammeContent
{
    public sealed class Validator : ProgrammeContentValidator<EditProgrammeDraft>;

    public static Decision Decide(Programme programme, EditProgrammeDraft command, IReadOnlyDictionary<Guid, MaterialRecord> materials,
        CommandContext context)
    {
        context.Caller.EnsureMayEdit(programme);
        var draft = ProgrammePlanning.Plan(command, materials);
        // The same draft again changes nothing: a retried PUT is not a new version-to-be.
        if (draft.SameAs(programme.Draft)) return Decision.None;
        return Decision.Of(new ProgrammeDraftEdited(programme.Id, draft.Name, draft.Description, draft.LengthWeeks, draft.Themes,
            draft.Activities, context.UserId, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/programmes/{programmeId:guid}", async Task<Ok<ProgrammeChanged>> (Guid programmeId, EditProgrammeDraft command,
                HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var changed = await mediator.Send(command.For<EditProgrammeDraft>(programmeId, request.ExpectedVersion()), ct);
                response.SetETag(changed.Version);
                return TypedResults.Ok(changed);
            })
            .WithName("EditProgrammeDraft")
            .WithMetadata(new RequestExample("""
                {"name":"Sleep and recovery, 12 weeks","description":"Evening routines first.","lengthWeeks":12,"themes":["sleep","recovery"],"activities":[{"key":"wind-down","title":"Screens off an hour before bed","theme":"sleep","kind":"task","when":{"week":1,"weekday":1,"untilWeek":6},"materialId":null,"reminderAt":"21:00"}]}
                """))
            .WithTags("Programmes")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Replace a programme's draft")
            .WithDescription("The same rules as drafting. Send the ETag last read as If-Match (412 when stale). Versions already " +
                             "shared with coaches stay as they were; the edited draft becomes the next version when shared. " +
                             "Roles: coach (the author), org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class EditProgrammeDraftHandler(EventStreams streams) : ICommandHandler<EditProgrammeDraft, ProgrammeChanged>
{
    public async ValueTask<ProgrammeChanged> Handle(EditProgrammeDraft command, CancellationToken ct)
    {
        var materials = await ProgrammePlanning.MaterialsAsync(streams.Reads, command.Activities.Select(a => a.MaterialId), ct);
        var version = await streams.Decide<Programme>(command.TargetId, command.ExpectedVersion,
            (programme, context) => EditProgrammeDraft.Decide(programme, command, materials, context), ct);
        return new ProgrammeChanged(command.TargetId, version);
    }
}
