using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Definitions.Browsing;

/// <summary>A course with its versions; the draft for its author and org-admins.</summary>
public sealed record GetCourse(Guid CourseId) : IQuery<CourseRecord>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/{courseId:guid}", async Task<Ok<CourseResponse>> (Guid courseId, IMediator mediator, RequestContext caller,
                HttpResponse response, CancellationToken ct) =>
            {
                var course = await mediator.Send(new GetCourse(courseId), ct);
                response.SetETag(course.StreamVersion);
                return TypedResults.Ok(CourseResponse.From(course, caller));
            })
            .WithName("GetCourse")
            .WithTags("Courses")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("A course: its draft and its versions")
            .WithDescription("The ETag is for If-Match when editing the draft. The draft is shown to its author and org-admins; " +
                             "other coaches see the course once a version is shared with coaches (404 before). Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetCourseHandler(IQuerySession session, RequestContext caller) : IQueryHandler<GetCourse, CourseRecord>
{
    public async ValueTask<CourseRecord> Handle(GetCourse query, CancellationToken ct)
    {
        var course = await session.LoadAsync<CourseRecord>(query.CourseId, ct);
        return course is not null && caller.CanSee(course.AuthorUserId, course.IsSharedWithCoaches)
            ? course
            : throw new NotFoundException("course", query.CourseId);
    }
}
