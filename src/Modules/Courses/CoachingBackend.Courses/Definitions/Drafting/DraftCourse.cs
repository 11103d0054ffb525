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

namespace CoachingBackend.Courses.Definitions.Drafting;

/// <summary>A coach or org-admin starts a course as a draft, seen by them and org-admins until shared with coaches.</summary>
public sealed record DraftCourse(
    string Title,
    [property: Text(4000, Multiline = true)] string? Description,
    [property: MinLength(1), MaxLength(6)] IReadOnlyList<CourseTheme> Themes,
    [property: Required] ExecutionMode? Mode,
    bool SelfEnrolment,
    [property: MinLength(1), MaxLength(100)] IReadOnlyList<DraftStep> Steps) : ICommand<CourseChanged>, ICourseContent
{
    public sealed class Validator : CourseContentValidator<DraftCourse>;

    public static Decision Decide(Guid courseId, DraftCourse command, IReadOnlyDictionary<Guid, KnownMaterial> materials,
        CommandContext context)
    {
        var d = CoursePlanning.Plan(command, materials);
        return Decision.Of(new CourseDrafted(courseId, d.Title, d.Description, d.Themes, d.Mode, d.SelfEnrolment, d.Steps,
            context.UserId, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses", async Task<Created<CourseChanged>> (DraftCourse command, IMediator mediator, HttpResponse response,
                CancellationToken ct) =>
            {
                var drafted = await mediator.Send(command, ct);
                response.SetETag(drafted.Version);
                return TypedResults.Created($"/api/v1/courses/{drafted.CourseId}", drafted);
            })
            .WithName("DraftCourse")
            .WithMetadata(new RequestExample("""
                {"title":"Sleep better in three weeks","description":"Small evening habits, one week at a time.","themes":["sleep"],"mode":"timed-windows","selfEnrolment":true,"steps":[{"key":"why-sleep","title":"Why sleep matters","body":"Read this first.","materialId":null,"required":true,"asksForAnswer":false,"isExtra":false,"window":{"opensAfter":"P0D","closesAfter":"P7D","opensAt":null,"closesAt":null}},{"key":"my-evening","title":"What does your evening look like?","body":"Describe the hour before bed.","materialId":null,"required":true,"asksForAnswer":true,"isExtra":false,"window":{"opensAfter":"P7D","closesAfter":"P21D","opensAt":null,"closesAt":null}}]}
                """))
            .WithTags("Courses")
            .WithSummary("Draft a course")
            .WithDescription("mode is free-flow (any order), defined-order (a required step unlocks the next) or timed-windows " +
                             "(every step has a window: opensAfter/closesAfter as ISO-8601 durations from the client's enrolment, " +
                             "or opensAt/closesAt as instants). Step keys are kebab-case and unique within the course. A step " +
                             "shows a material item of the bank (pinned at its revision when the course is shared with coaches) or " +
                             "its own body. A retired item is refused (409 material-retired). Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class DraftCourseHandler(EventStreams streams) : ICommandHandler<DraftCourse, CourseChanged>
{
    public async ValueTask<CourseChanged> Handle(DraftCourse command, CancellationToken ct)
    {
        var courseId = Guid.CreateVersion7(streams.Context.Now);
        var materials = await KnownMaterials.LoadAsync(streams.Reads, command.Steps.Select(s => s.MaterialId), ct);
        var version = await streams.Start<Course>(courseId, context => DraftCourse.Decide(courseId, command, materials, context), ct);
        return new CourseChanged(courseId, version);
    }
}
