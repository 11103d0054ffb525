using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Programs.Materials.Browsing;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Materials.Retiring;

/// <summary>
/// A coach or org-admin retires a material item: it is offered for no new use, while what uses it (a programme
/// version, a client's calendar) keeps showing it. Retiring a retired item changes nothing.
/// </summary>
public sealed record RetireMaterial : RoutedCommand<MaterialResponse>
{
    [JsonIgnore] public Guid MaterialId => TargetId;

    public static Decision Decide(Material material, RetireMaterial command, CommandContext context) =>
        material.IsRetired
            ? Decision.None
            : Decision.Of(new MaterialRetiredFromUse(material.Id, material.Revision, context.UserId, context.Now))
                .Publishing(MaterialAnnouncements.Retired(context.TenantId, material, context.Now));

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/materials/{materialId:guid}/retirement", async Task<Ok<MaterialResponse>> (Guid materialId,
                IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var retired = await mediator.Send(new RetireMaterial().For<RetireMaterial>(materialId, request.ExpectedVersion()), ct);
                response.SetETag(retired.Version);
                return TypedResults.Ok(retired);
            })
            .WithName("RetireMaterial")
            .WithTags("Materials")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Retire a material item from new use")
            .WithDescription("Takes no body. The item drops out of search (unless includeRetired=true) but stays readable, " +
                             "with all its revisions. Retiring it again changes nothing. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithCommonProblems();
}

public sealed class RetireMaterialHandler(EventStreams streams) : ICommandHandler<RetireMaterial, MaterialResponse>
{
    public async ValueTask<MaterialResponse> Handle(RetireMaterial command, CancellationToken ct)
    {
        await streams.Decide<Material>(command.MaterialId, command.ExpectedVersion,
            (material, context) => RetireMaterial.Decide(material, command, context), ct);
        return await MaterialReads.CurrentAsync(streams.Reads, command.MaterialId, ct);
    }
}
