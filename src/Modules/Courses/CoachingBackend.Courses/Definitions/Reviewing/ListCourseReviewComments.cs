using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Definitions.Reviewing;

/// <summary>The review comments on a shared version, oldest first.</summary>
public sealed record ListCourseReviewComments(Guid CourseId, int Version) : IQuery<IReadOnlyList<CourseReviewComment>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/{courseId:guid}/versions/{n}/comments", async Task<Ok<IReadOnlyList<CourseReviewComment>>> (
                Guid courseId, int n, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCourseReviewComments(courseId, n), ct)))
            .WithName("ListCourseReviewComments")
            .WithTags("Courses")
            .WithSummary("The review comments on a version, oldest first")
            .WithDescription("404 for a version not shared with coaches. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ListCourseReviewCommentsHandler(IQuerySession session) : IQueryHandler<ListCourseReviewComments, IReadOnlyList<CourseReviewComment>>
{
    public async ValueTask<IReadOnlyList<CourseReviewComment>> Handle(ListCourseReviewComments query, CancellationToken ct)
    {
        _ = await session.LoadAsync<CourseVersionRecord>(CourseVersionRecord.IdOf(query.CourseId, query.Version), ct)
            ?? throw new NotFoundException("course version", $"{query.CourseId}/{query.Version}");
        var review = await session.LoadAsync<CourseReviewRecord>(CourseReview.IdOf(query.CourseId, query.Version), ct);
        return review?.Comments ?? [];
    }
}
