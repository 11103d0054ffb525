using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Materials.Browsing;

/// <summary>A material item at its current revision, retired or not (what uses it must still show it).</summary>
public sealed record GetMaterial(Guid MaterialId) : IQuery<MaterialResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/materials/{materialId:guid}", async Task<Ok<MaterialResponse>> (Guid materialId, IMediator mediator,
                HttpResponse response, CancellationToken ct) =>
            {
                var material = await mediator.Send(new GetMaterial(materialId), ct);
                response.SetETag(material.Version);
                return TypedResults.Ok(material);
            })
            .WithName("GetMaterial")
            .WithTags("Materials")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("Get a material item at its current revision")
            .WithDescription("The ETag header carries the item's version, for If-Match when revising or retiring it. " +
                             "Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetMaterialHandler(IQuerySession session) : IQueryHandler<GetMaterial, MaterialResponse>
{
    public async ValueTask<MaterialResponse> Handle(GetMaterial query, CancellationToken ct) =>
        await MaterialReads.CurrentAsync(session, query.MaterialId, ct);
}
