using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Definitions.Browsing;

/// <summary>
/// One version of a course, as frozen: every coach and org-admin of the organisation sees it once shared; a client sees
/// a version released to clients (what they would enrol in).
/// </summary>
public sealed record GetCourseVersion(Guid CourseId, int Version) : IQuery<CourseVersionResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/{courseId:guid}/versions/{n}", async Task<Ok<CourseVersionResponse>> (Guid courseId, int n,
                IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetCourseVersion(courseId, n), ct)))
            .WithName("GetCourseVersion")
            .WithTags("Courses")
            .WithSummary("A version of a course, as shared with coaches")
            .WithDescription("Material items are shown at the revision pinned when the version was shared. 404 for a version not " +
                             "shared with coaches, and for a client one not released to clients. Roles: coach, org-admin, client.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin, Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetCourseVersionHandler(IQuerySession session, RequestContext caller) : IQueryHandler<GetCourseVersion, CourseVersionResponse>
{
    public async ValueTask<CourseVersionResponse> Handle(GetCourseVersion query, CancellationToken ct)
    {
        var version = await session.LoadAsync<CourseVersionRecord>(CourseVersionRecord.IdOf(query.CourseId, query.Version), ct);
        var visible = version is not null && (version.IsForClients || caller.IsInRole(Roles.Coach) || caller.IsInRole(Roles.OrgAdmin));
        return visible ? CourseVersionResponse.From(version!) : throw new NotFoundException("course version", $"{query.CourseId}/{query.Version}");
    }
}
