using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.Courses.Content;
using CoachingBackend.Courses.Materials;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Definitions.EditingDraft;

/// <summary>
/// The author (or an org-admin) replaces the draft, whole. Shared versions never change: after version N was shared,
/// the edited draft is what version N+1 will hold.
/// </summary>
public sealed record EditCourseDraft(
    string Title,
    [property: Text(4000, Multiline = true)] string? Description,
    [property: MinLength(1), MaxLength(6)] IReadOnlyList<CourseTheme> Themes,
    [property: Required] ExecutionMode? Mode,
    bool SelfEnrolment,
    [property: MinLength(1), MaxLength(100)] IReadOnlyList<DraftStep> Steps) : RoutedCommand<CourseChanged>, ICourseContent
{
    public sealed class Validator : CourseContentValidator<EditCourseDraft>;

    public static Decision Decide(Course course, EditCourseDraft command, IReadOnlyDictionary<Guid, KnownMaterial> materials,
        CommandContext context)
    {
        context.Caller.EnsureMayEdit(course);
        var d = CoursePlanning.Plan(command, materials);
        // The same draft again changes nothing: a retried PUT is not a new version-to-be.
        if (d.SameAs(course.Draft)) return Decision.None;
        return Decision.Of(new CourseDraftEdited(course.Id, d.Title, d.Description, d.Themes, d.Mode, d.SelfEnrolment, d.Steps,
            context.UserId, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/courses/{courseId:guid}", async Task<Ok<CourseChanged>> (Guid courseId, EditCourseDraft command,
                HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var changed = await mediator.Send(command.For<EditCourseDraft>(courseId, request.ExpectedVersion()), ct);
                response.SetETag(changed.Version);
                return TypedResults.Ok(changed);
            })
            .WithName("EditCourseDraft")
            .WithMetadata(new RequestExample("""
                {"title":"Move more, step by step","description":"One habit at a time.","themes":["exercise"],"mode":"defined-order","selfEnrolment":false,"steps":[{"key":"first-walk","title":"A ten-minute walk","body":"Walk for ten minutes today.","materialId":null,"required":true,"asksForAnswer":false,"isExtra":false},{"key":"how-did-it-go","title":"How did it go?","body":"Tell us in a few words.","materialId":null,"required":true,"asksForAnswer":true,"isExtra":false}]}
                """))
            .WithTags("Courses")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Replace a course's draft")
            .WithDescription("The same rules as drafting. Send the ETag last read as If-Match (412 when stale). Versions already " +
                             "shared with coaches stay as they were. 409 material-retired. Roles: coach (the author), org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class EditCourseDraftHandler(EventStreams streams) : ICommandHandler<EditCourseDraft, CourseChanged>
{
    public async ValueTask<CourseChanged> Handle(EditCourseDraft command, CancellationToken ct)
    {
        var materials = await KnownMaterials.LoadAsync(streams.Reads, command.Steps.Select(s => s.MaterialId), ct);
        var version = await streams.Decide<Course>(command.TargetId, command.ExpectedVersion,
            (course, context) => EditCourseDraft.Decide(course, command, materials, context), ct);
        return new CourseChanged(command.TargetId, version);
    }
}
