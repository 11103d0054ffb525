using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Programmes.Reviewing;

/// <summary>The review comments on a shared version, oldest first.</summary>
public sealed record ListReviewComments(Guid ProgrammeId, int Version) : IQuery<IReadOnlyList<ReviewComment>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programmes/{programmeId:guid}/versions/{n}/comments", async Task<Ok<IReadOnlyList<ReviewComment>>> (
                Guid programmeId, int n, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListReviewComments(programmeId, n), ct)))
            .WithName("ListReviewComments")
            .WithTags("Programmes")
            .WithSummary("The review comments on a version, oldest first")
            .WithDescription("404 for a version not shared with coaches. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ListReviewCommentsHandler(IQuerySession session) : IQueryHandler<ListReviewComments, IReadOnlyList<ReviewComment>>
{
    public async ValueTask<IReadOnlyList<ReviewComment>> Handle(ListReviewComments query, CancellationToken ct)
    {
        _ = await session.LoadAsync<ProgrammeVersionRecord>(ProgrammeVersionRecord.IdOf(query.ProgrammeId, query.Version), ct)
            ?? throw new NotFoundException("programme version", $"{query.ProgrammeId}/{query.Version}");
        var review = await session.LoadAsync<ProgrammeReviewRecord>(ProgrammeReview.IdOf(query.ProgrammeId, query.Version), ct);
        return review?.Comments ?? [];
    }
}
