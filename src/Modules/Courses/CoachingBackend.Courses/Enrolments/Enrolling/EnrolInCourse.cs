using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Courses.Clients;
using CoachingBackend.Courses.Definitions;
using CoachingBackend.Courses.Enrolments.Browsing;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Enrolments.Enrolling;

/// <summary>
/// The client's responsible coach (or an org-admin) enrols the client in a course, or the client enrols themself where
/// the course allows it. The enrolment pins the latest version released to clients. One enrolment per client and course
/// (its stream id follows from both: docs/adr/0019-enrolment-streams.md).
/// </summary>
public sealed record EnrolInCourse(Guid ClientId) : RoutedCommand<EnrolmentResponse>
{
    [JsonIgnore] public Guid CourseId => TargetId;

    public sealed class Validator : AbstractValidator<EnrolInCourse>
    {
        public Validator() => RuleFor(c => c.ClientId).NotEmpty();
    }

    public static Guid EnrolmentIdOf(Guid courseId, Guid clientId) => StableIds.From("course-enrolment", courseId.ToString(), clientId.ToString());

    /// <param name="version">The latest version released to clients; null when none is.</param>
    /// <param name="existing">The client's enrolment in this course, when there is one.</param>
    public static Decision Decide(Guid enrolmentId, KnownClient client, CourseVersionRecord? version, EnrolmentRecord? existing,
        CommandContext context)
    {
        var self = context.Caller.IsTheClient(client.Id);
        if (!self && !context.Caller.IsResponsibleFor(client.CoachUserId))
            throw new ForbiddenException("Only the client's responsible coach, an org-admin, or the client themself may enrol them.");
        if (client.Status == ServiceStatus.Left) throw ClientProblems.JourneyClosed();
        if (client.Status != ServiceStatus.Active) throw EnrolmentProblems.ClientNotActive();
        if (version is null) throw EnrolmentProblems.CourseNotReleased();
        if (self && !version.SelfEnrolment) throw EnrolmentProblems.SelfEnrolmentNotAllowed();
        if (existing is not null) throw EnrolmentProblems.AlreadyEnrolled(existing.Id);

        var enrolled = new ClientEnrolledInCourse(enrolmentId, client.Id, version.CourseId, version.Number, version.Title, version.Mode,
            version.Steps, self, context.UserId, context.Now);
        if (Enrolment.Create(enrolled).LastRequiredClosing() <= context.Now) throw EnrolmentProblems.CourseClosed();
        return Decision.Of(enrolled).Publishing(CourseJourney.Entry(context, client.Id, enrolmentId, 1, "course-enrolled",
            $"Enrolled in course \"{version.Title}\" (version {version.Number}){(self ? " by the client" : "")}.", clientsOwnDoing: self));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses/{courseId:guid}/enrolments", async Task<Created<EnrolmentResponse>> (Guid courseId, EnrolInCourse command,
                IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var enrolment = await mediator.Send(command.For<EnrolInCourse>(courseId, null), ct);
                response.SetETag(enrolment.Version);
                return TypedResults.Created($"/api/v1/enrolments/{enrolment.EnrolmentId}", enrolment);
            })
            .WithName("EnrolInCourse")
            .WithMetadata(new RequestExample("""
                {"clientId":"0193a7e2-5b1c-7f00-8000-000000000002"}
                """))
            .WithTags("Course enrolments")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("Enrol a client in a course")
            .WithDescription("Pins the course's latest version released to clients. 409 types: course-not-released, " +
                             "self-enrolment-not-allowed (a client enrolling themself where the course does not allow it), " +
                             "already-enrolled, client-not-active, journey-closed (a discharged client), course-closed (a timed " +
                             "course whose required windows have all closed). Roles: the client's responsible coach, org-admin, " +
                             "the client themself.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin, Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class EnrolInCourseHandler(EventStreams streams) : ICommandHandler<EnrolInCourse, EnrolmentResponse>
{
    public async ValueTask<EnrolmentResponse> Handle(EnrolInCourse command, CancellationToken ct)
    {
        var client = await ClientAccess.FindAsync(streams.Reads, command.ClientId, ct);
        var course = await streams.Reads.LoadAsync<CourseRecord>(command.CourseId, ct) ?? throw new NotFoundException("course", command.CourseId);
        var version = course.LatestReleasedVersion == 0
            ? null
            : await streams.Reads.LoadAsync<CourseVersionRecord>(CourseVersionRecord.IdOf(course.Id, course.LatestReleasedVersion), ct);
        var enrolmentId = EnrolInCourse.EnrolmentIdOf(command.CourseId, command.ClientId);
        var existing = await streams.Reads.LoadAsync<EnrolmentRecord>(enrolmentId, ct);
        await streams.Start<Enrolment>(enrolmentId, context => EnrolInCourse.Decide(enrolmentId, client, version, existing, context), ct);
        return EnrolmentResponse.From((await streams.Reads.LoadAsync<EnrolmentRecord>(enrolmentId, ct))!, streams.Context.Now, staff: true);
    }
}
