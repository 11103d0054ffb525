using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Materials.Browsing;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Materials.Adding;

/// <summary>A coach or org-admin adds an item to the organisation's material bank, shared by programmes and courses.</summary>
/// <param name="Body">Markdown; required for a text, tip or task.</param>
/// <param name="Url">An absolute http(s) address; required for a video or link.</param>
/// <param name="DurationSeconds">A video's length in seconds (required for a video, refused for other kinds).</param>
/// <param name="Tags">Free tags besides the themes, lowercase kebab-case, at most 10.</param>
/// <param name="Language">A language code: fi, sv, nb, en, sv-FI.</param>
public sealed record AddMaterial(
    [property: Required] MaterialKind? Kind,
    string Title,
    [property: Text(20000, Multiline = true)] string? Body,
    [property: Text(2000)] string? Url,
    int? DurationSeconds,
    IReadOnlyList<Theme> Themes,
    [property: Text(40)] IReadOnlyList<string>? Tags,
    [property: Text(8)] string Language,
    int? EstimatedMinutes) : ICommand<MaterialResponse>, IMaterialFields
{
    public sealed class Validator : AbstractValidator<AddMaterial>
    {
        public Validator() => Include(new MaterialFieldsValidator<AddMaterial>());
    }

    /// <summary>Pure: the item's first revision, and its publication to the other modules.</summary>
    public static Decision Decide(Guid materialId, AddMaterial command, CommandContext context)
    {
        var content = MaterialContent.From(command);
        return Decision.Of(MaterialAdded.Of(materialId, content, context.UserId, context.Now))
            .Publishing(MaterialAnnouncements.Published(context.TenantId, materialId, content, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/materials", async Task<Created<MaterialResponse>> (AddMaterial command, IMediator mediator,
                HttpResponse response, CancellationToken ct) =>
            {
                var added = await mediator.Send(command, ct);
                response.SetETag(added.Version);
                return TypedResults.Created($"/api/v1/materials/{added.MaterialId}", added);
            })
            .WithName("AddMaterial")
            .WithMetadata(new RequestExample("""
                {"kind":"tip","title":"Take the stairs","body":"Choose the **stairs** over the lift: two flights a day add up.","url":null,"durationSeconds":null,"themes":["exercise"],"tags":["everyday-activity"],"language":"en","estimatedMinutes":2}
                """))
            .WithTags("Materials")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("Add an item to the organisation's material bank")
            .WithDescription("Kinds: text, tip and task need a body (Markdown); video and link need a url, a video also its " +
                             "durationSeconds. Themes: exercise, eating, sleep, recovery, goals, mental-wellbeing. Answers the item " +
                             "at revision 1 with its ETag. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class AddMaterialHandler(EventStreams streams) : ICommandHandler<AddMaterial, MaterialResponse>
{
    public async ValueTask<MaterialResponse> Handle(AddMaterial command, CancellationToken ct)
    {
        var materialId = Guid.CreateVersion7(streams.Context.Now);
        await streams.Start<Material>(materialId, context => AddMaterial.Decide(materialId, command, context), ct);
        return await MaterialReads.CurrentAsync(streams.Reads, materialId, ct);
    }
}
