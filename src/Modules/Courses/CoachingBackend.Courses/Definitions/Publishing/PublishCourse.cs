using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Courses.Materials;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Definitions.Publishing;

/// <summary>
/// Publishing in two steps, as for programmes: the draft is first frozen as version N for the organisation's coaches to
/// review (its material pinned at the revisions Courses knows now); only a version coaches have had may then be
/// released to clients, and a released version never changes.
/// </summary>
/// <param name="Version">For clients: the version to release, by default the latest shared with coaches.</param>
public sealed record PublishCourse(
    [property: Required] CourseAudience? Audience,
    [property: Range(1, int.MaxValue)] int? Version) : RoutedCommand<CoursePublished>
{
    public sealed class Validator : AbstractValidator<PublishCourse>
    {
        public Validator()
        {
            RuleFor(c => c.Audience).NotNull().IsInEnum();
            RuleFor(c => c.Version).Null().When(c => c.Audience == CourseAudience.Coaches)
                .WithMessage("Sharing with coaches freezes the current draft as the next version; leave version out.");
            RuleFor(c => c.Version).GreaterThan(0).When(c => c.Version is not null);
        }
    }

    public static int VersionMeant(Course course, PublishCourse command) =>
        command.Audience == CourseAudience.Coaches ? course.LatestVersion + 1 : command.Version ?? course.LatestVersion;

    public static Decision Decide(Course course, PublishCourse command, IReadOnlyDictionary<Guid, KnownMaterial> materials,
        CommandContext context)
    {
        context.Caller.EnsureMayEdit(course);
        return command.Audience == CourseAudience.Coaches
            ? ShareWithCoaches(course, materials, context)
            : ReleaseToClients(course, VersionMeant(course, command), context);
    }

    private static Decision ShareWithCoaches(Course course, IReadOnlyDictionary<Guid, KnownMaterial> materials, CommandContext context)
    {
        if (!course.DraftChangedSinceShared) throw CourseProblems.NothingToShare(course.LatestVersion);
        var d = course.Draft;
        // Retired since the draft was last edited: the version would give clients what the bank has withdrawn.
        CoursePlanning.EnsureNoneRetired(d.Steps, materials);
        var steps = d.Steps.Select(s => new PublishedStep(s.Key, s.Title, s.Body, s.MaterialId is { } id ? materials[id].Pin() : null,
            s.Required, s.AsksForAnswer, s.IsExtra, s.Window)).ToList();
        return Decision.Of(new CourseSharedWithCoaches(course.Id, course.LatestVersion + 1, d.Title, d.Description, d.Themes, d.Mode,
            d.SelfEnrolment, steps, context.UserId, context.Now));
    }

    private static Decision ReleaseToClients(Course course, int number, CommandContext context)
    {
        var version = course.Shared(number) ?? throw CourseProblems.NotReviewed(number);
        return version.Released ? Decision.None : Decision.Of(new CourseReleasedToClients(course.Id, number, context.UserId, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses/{courseId:guid}/publication", async Task<Ok<CoursePublished>> (Guid courseId, PublishCourse command,
                HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var published = await mediator.Send(command.For<PublishCourse>(courseId, request.ExpectedVersion()), ct);
                response.SetETag(published.StreamVersion);
                return TypedResults.Ok(published);
            })
            .WithName("PublishCourse")
            .WithMetadata(new RequestExample("""
                {"audience":"coaches","version":null}
                """))
            .WithTags("Courses")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Share the draft with coaches as a new version, or release a reviewed version to clients")
            .WithDescription("audience=coaches freezes the draft as version N+1 with its material pinned at the current revisions " +
                             "(409 course-draft-unchanged when nothing changed since version N; 409 material-retired when an item " +
                             "was retired since). audience=clients releases the given version, by default the latest (409 " +
                             "course-not-reviewed when it was never shared with coaches; releasing it again changes nothing). " +
                             "Roles: coach (the author), org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class PublishCourseHandler(EventStreams streams) : ICommandHandler<PublishCourse, CoursePublished>
{
    public async ValueTask<CoursePublished> Handle(PublishCourse command, CancellationToken ct)
    {
        // The draft's items as Courses knows them now: what sharing pins (the decision re-reads the draft under its lock).
        var current = await streams.Reads.LoadAsync<Course>(command.TargetId, ct);
        var materials = await KnownMaterials.LoadAsync(streams.Reads, current?.Draft.Steps.Select(s => s.MaterialId) ?? [], ct);
        var number = 0;
        var version = await streams.Decide<Course>(command.TargetId, command.ExpectedVersion, (course, context) =>
        {
            number = PublishCourse.VersionMeant(course, command);
            return PublishCourse.Decide(course, command, materials, context);
        }, ct);
        return new CoursePublished(command.TargetId, number, command.Audience!.Value, version);
    }
}
