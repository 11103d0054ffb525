using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Programs.Clients;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Entries.Commenting;

/// <summary>
/// The responsible coach (or an org-admin) comments on a client's entry, or the client replies. A coach's comment takes
/// the entry off the "awaiting comment" queue; a client's reply is their own doing and counts as activity.
/// </summary>
public sealed record CommentOnEntry([property: Text(2000, Multiline = true)] string Text) : RoutedCommand<EntryResponse>
{
    [JsonIgnore] public Guid EntryId => TargetId;

    public sealed class Validator : AbstractValidator<CommentOnEntry>
    {
        public Validator() => RuleFor(c => c.Text).NotEmpty().Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("A comment needs its text.");
    }

    /// <summary>Pure: who may comment is judged by what Programs knows of the client's responsible coach.</summary>
    public static Decision Decide(Entry entry, CommentOnEntry command, KnownClient client, CommandContext context)
    {
        var author = context.Caller.IsTheClient(entry.ClientId) ? CommentAuthor.Client
            : context.Caller.IsResponsibleFor(client.CoachUserId) ? CommentAuthor.Coach
            : throw new ForbiddenException("Only the client's responsible coach (or an org-admin) may comment, and the client reply.");
        if (author == CommentAuthor.Client && client.Status == ServiceStatus.Left) throw ClientProblems.JourneyClosed();

        var byClient = author == CommentAuthor.Client;
        var commented = new EntryCommented(entry.Id, entry.ClientId, Guid.CreateVersion7(context.Now), author, context.UserId,
            command.Text.Trim(), context.Now);
        return Decision.Of(commented).Publishing(new JourneyEntryContributed(context.TenantId, entry.ClientId, "programs", "entry-commented",
            byClient ? "Client replied on an entry" : "Coach commented on an entry", entry.Id, entry.Version + 1, context.Now,
            IsClientsOwnDoing: byClient));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/entries/{entryId:guid}/comments", async Task<Created<EntryResponse>> (
                Guid entryId, CommentOnEntry command, IMediator mediator, CancellationToken ct) =>
            {
                var entry = await mediator.Send(command.For<CommentOnEntry>(entryId, null), ct);
                return TypedResults.Created($"/api/v1/entries/{entryId}", entry);
            })
            .WithName("CommentOnEntry")
            .WithMetadata(new RequestExample("""
                {"text":"Well done keeping at it this week. How did the evening walk feel?"}
                """))
            .WithTags("Entries")
            .WithSummary("Comment on a client's entry, or reply as the client")
            .WithDescription("Answers the entry with its comments. A coach's comment takes the entry off GET /entries/awaiting-comment. " +
                             "409 journey-closed for a reply from a client who has left the service. Roles: the client's " +
                             "responsible coach, org-admin, the client themself.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin, Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class CommentOnEntryHandler(EventStreams streams) : ICommandHandler<CommentOnEntry, EntryResponse>
{
    public async ValueTask<EntryResponse> Handle(CommentOnEntry command, CancellationToken ct)
    {
        await streams.BeginAsync(ct);
        var entry = await streams.Reads.LoadAsync<EntryRecord>(command.EntryId, ct) ?? throw new NotFoundException("entry", command.EntryId);
        var client = await streams.Reads.LoadAsync<KnownClient>(entry.ClientId, ct) ?? throw new NotFoundException("entry", command.EntryId);
        await streams.Decide<Entry>(command.EntryId, command.ExpectedVersion,
            (state, context) => CommentOnEntry.Decide(state, command, client, context), ct);
        return EntryResponse.From((await streams.Reads.LoadAsync<EntryRecord>(command.EntryId, ct))!);
    }
}
