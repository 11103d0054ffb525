using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Materials.Browsing;

/// <summary>One revision of a material item as it was written, however many revisions came after.</summary>
public sealed record GetMaterialRevision(Guid MaterialId, int Revision) : IQuery<MaterialRevisionResponse>
{
    public sealed class Validator : AbstractValidator<GetMaterialRevision>
    {
        public Validator() => RuleFor(q => q.Revision).GreaterThan(0);
    }

    // No :int constraint on {revision}: a route that does not match would answer 404 before the caller's role is checked.
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/materials/{materialId:guid}/revisions/{revision}", async Task<Ok<MaterialRevisionResponse>> (Guid materialId,
                int revision, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMaterialRevision(materialId, revision), ct)))
            .WithName("GetMaterialRevision")
            .WithTags("Materials")
            .WithSummary("Get one revision of a material item")
            .WithDescription("Revisions are numbered from 1; 404 for a revision the item does not have. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetMaterialRevisionHandler(IQuerySession session) : IQueryHandler<GetMaterialRevision, MaterialRevisionResponse>
{
    public async ValueTask<MaterialRevisionResponse> Handle(GetMaterialRevision query, CancellationToken ct)
    {
        var revision = await session.LoadAsync<MaterialRevisionRecord>(MaterialRevisionRecord.IdOf(query.MaterialId, query.Revision), ct)
                       ?? throw new NotFoundException($"revision {query.Revision} of material", query.MaterialId);
        return MaterialRevisionResponse.From(revision);
    }
}
