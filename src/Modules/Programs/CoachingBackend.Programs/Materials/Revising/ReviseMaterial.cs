using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Materials.Browsing;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Materials.Revising;

/// <summary>
/// A new revision of a material item, given whole. Earlier revisions stay readable, and what uses them keeps them;
/// new use takes the new one.
/// </summary>
/// <param name="Body">Markdown; required for a text, tip or task.</param>
/// <param name="Url">An absolute http(s) address; required for a video or link.</param>
/// <param name="DurationSeconds">A video's length in seconds (required for a video, refused for other kinds).</param>
/// <param name="Tags">Free tags besides the themes, lowercase kebab-case, at most 10.</param>
/// <param name="Language">A language code: fi, sv, nb, en, sv-FI.</param>
public sealed record ReviseMaterial(
    [property: Required] MaterialKind? Kind,
    string Title,
    [property: Text(20000, Multiline = true)] string? Body,
    [property: Text(2000)] string? Url,
    int? DurationSeconds,
    IReadOnlyList<Theme> Themes,
    [property: Text(40)] IReadOnlyList<string>? Tags,
    [property: Text(8)] string Language,
    int? EstimatedMinutes) : RoutedCommand<MaterialResponse>, IMaterialFields
{
    [JsonIgnore] public Guid MaterialId => TargetId;

    public sealed class Validator : AbstractValidator<ReviseMaterial>
    {
        public Validator() => Include(new MaterialFieldsValidator<ReviseMaterial>());
    }

    /// <summary>Pure: the next revision, or nothing when the item already says exactly this (a repeated PUT).</summary>
    public static Decision Decide(Material material, ReviseMaterial command, CommandContext context)
    {
        if (material.IsRetired)
            throw new DomainRuleException(Material.Retired, "This item is retired; add a new item instead of revising it.");
        var content = MaterialContent.From(command);
        if (content.SameAs(material.Content)) return Decision.None;
        var revision = material.Revision + 1;
        return Decision.Of(MaterialContentRevised.Of(material.Id, revision, content, context.UserId, context.Now))
            .Publishing(MaterialAnnouncements.Revised(context.TenantId, material.Id, revision, content, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/materials/{materialId:guid}", async Task<Ok<MaterialResponse>> (Guid materialId, ReviseMaterial command,
                IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var revised = await mediator.Send(command.For<ReviseMaterial>(materialId, request.ExpectedVersion()), ct);
                response.SetETag(revised.Version);
                return TypedResults.Ok(revised);
            })
            .WithName("ReviseMaterial")
            .WithMetadata(new RequestExample("""
                {"kind":"tip","title":"Take the stairs","body":"Choose the **stairs** over the lift: three flights a day add up.","url":null,"durationSeconds":null,"themes":["exercise"],"tags":["everyday-activity"],"language":"en","estimatedMinutes":2}
                """))
            .WithTags("Materials")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Revise a material item (a new revision, given whole)")
            .WithDescription("The same fields as adding. Sending what the item already says changes nothing. Send the ETag last " +
                             "read as If-Match so that another's revision is not overwritten unseen (412). 409 types: material-retired. " +
                             "Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class ReviseMaterialHandler(EventStreams streams) : ICommandHandler<ReviseMaterial, MaterialResponse>
{
    public async ValueTask<MaterialResponse> Handle(ReviseMaterial command, CancellationToken ct)
    {
        await streams.Decide<Material>(command.MaterialId, command.ExpectedVersion,
            (material, context) => ReviseMaterial.Decide(material, command, context), ct);
        return await MaterialReads.CurrentAsync(streams.Reads, command.MaterialId, ct);
    }
}
