using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Programs.Contracts;
using CoachingBackend.Programs.Materials;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Programmes.Publishing;

/// <summary>
/// Publishing in two steps, the sources' rule: the draft is first frozen as version N for the organisation's coaches
/// to review; only a version coaches have had may then be released to clients.
/// </summary>
/// <param name="Version">For clients: the version to release, by default the latest shared with coaches. Not for coaches:
/// sharing always freezes the current draft as the next version.</param>
public sealed record PublishProgramme(
    [property: Required] PublicationAudience? Audience,
    [property: Range(1, int.MaxValue)] int? Version) : RoutedCommand<ProgrammePublished>
{
    public sealed class Validator : AbstractValidator<PublishProgramme>
    {
        public Validator()
        {
            RuleFor(c => c.Audience).NotNull().IsInEnum();
            RuleFor(c => c.Version).Null().When(c => c.Audience == PublicationAudience.Coaches)
                .WithMessage("Sharing with coaches freezes the current draft as the next version; leave version out.");
            RuleFor(c => c.Version).GreaterThan(0).When(c => c.Version is not null);
        }
    }

    /// <summary>The version number the command is about.</summary>
    public static int VersionMeant(Programme programme, PublishProgramme command) =>
        command.Audience == PublicationAudience.Coaches ? programme.LatestVersion + 1 : command.Version ?? programme.LatestVersion;

    public static Decision Decide(Programme programme, PublishProgramme command, IReadOnlyDictionary<Guid, MaterialRecord> materials,
        CommandContext context)
    {
        context.Caller.EnsureMayEdit(programme);
        return command.Audience == PublicationAudience.Coaches
            ? ShareWithCoaches(programme, materials, context)
            : ReleaseToClients(programme, VersionMeant(programme, command), context);
    }

    private static Decision ShareWithCoaches(Programme programme, IReadOnlyDictionary<Guid, MaterialRecord> materials, CommandContext context)
    {
        if (!programme.DraftChangedSinceShared) throw ProgrammeProblems.NothingToShare(programme.LatestVersion);
        var draft = programme.Draft;
        // Retired since the draft was last edited: the version would give clients what the bank has withdrawn.
        ProgrammePlanning.EnsureNoneRetired(draft.Activities, materials);
        var activities = draft.Activities.Select(a => new PublishedActivity(a.Key, a.Title, a.Theme, a.Kind, a.When,
            a.MaterialId is { } id ? materials[id].Pin() : null, a.ReminderAt)).ToList();
        return Decision.Of(new ProgrammeSharedWithCoaches(programme.Id, programme.LatestVersion + 1, draft.Name, draft.Description,
            draft.LengthWeeks, draft.Themes, activities, context.UserId, context.Now));
    }

    private static Decision ReleaseToClients(Programme programme, int number, CommandContext context)
    {
        var version = programme.Shared(number) ?? throw ProgrammeProblems.NotReviewed(number);
        if (version.Released) return Decision.None;
        return Decision.Of(new ProgrammeReleasedToClients(programme.Id, number, context.UserId, context.Now))
            .Publishing(new ProgrammeReleased(context.TenantId, programme.Id, number, version.Name,
                [.. version.Themes.Select(JsonDefaults.Name)], version.LengthWeeks, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/programmes/{programmeId:guid}/publication", async Task<Ok<ProgrammePublished>> (Guid programmeId,
                PublishProgramme command, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var published = await mediator.Send(command.For<PublishProgramme>(programmeId, request.ExpectedVersion()), ct);
                response.SetETag(published.StreamVersion);
                return TypedResults.Ok(published);
            })
            .WithName("PublishProgramme")
            .WithMetadata(new RequestExample("""
                {"audience":"coaches","version":null}
                """))
            .WithTags("Programmes")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Share the draft with coaches as a new version, or release a reviewed version to clients")
            .WithDescription("audience=coaches freezes the draft as version N+1 with its material pinned at the current revisions " +
                             "(409 programme-draft-unchanged when nothing changed since version N; 409 material-retired when an item " +
                             "was retired since). audience=clients releases the given version, by default the latest (409 " +
                             "programme-not-reviewed when it was never shared with coaches; releasing it again changes nothing). " +
                             "Roles: coach (the author), org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class PublishProgrammeHandler(EventStreams streams) : ICommandHandler<PublishProgramme, ProgrammePublished>
{
    public async ValueTask<ProgrammePublished> Handle(PublishProgramme command, CancellationToken ct)
    {
        // The draft's material items as they stand now: what sharing pins (the decision re-reads the draft under its lock).
        var current = await streams.Reads.LoadAsync<Programme>(command.TargetId, ct);
        var materials = await ProgrammePlanning.MaterialsAsync(streams.Reads,
            current?.Draft.Activities.Select(a => a.MaterialId) ?? [], ct);
        var number = 0;
        var version = await streams.Decide<Programme>(command.TargetId, command.ExpectedVersion, (programme, context) =>
        {
            number = PublishProgramme.VersionMeant(programme, command);
            return PublishProgramme.Decide(programme, command, materials, context);
        }, ct);
        return new ProgrammePublished(command.TargetId, number, command.Audience!.Value, version);
    }
}
