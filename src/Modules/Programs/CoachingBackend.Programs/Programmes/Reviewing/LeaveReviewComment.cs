using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Problems;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Programmes.Reviewing;

/// <summary>Any coach or org-admin of the organisation comments on a version shared with coaches.</summary>
public sealed record LeaveReviewComment([property: Text(2000, Multiline = true)] string Text) : RoutedCommand<ReviewComment>
{
    /// <summary>The version in the route (the programme is the target).</summary>
    [JsonIgnore] public int VersionNumber { get; init; }

    public sealed class Validator : AbstractValidator<LeaveReviewComment>
    {
        public Validator() => RuleFor(c => c.Text).NotEmpty().Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write the comment.");
    }

    /// <summary><paramref name="version"/> is the shared version as read in this transaction; null when there is none.</summary>
    public static Decision Decide(ProgrammeVersionRecord? version, LeaveReviewComment command, CommandContext context)
    {
        // Only shared versions exist for reviewers; a version still in draft, or another organisation's, is not found.
        if (version is null) throw new NotFoundException("programme version", $"{command.TargetId}/{command.VersionNumber}");
        return Decision.Of(new ProgrammeReviewCommentLeft(version.ProgrammeId, version.Number, Guid.CreateVersion7(context.Now),
            command.Text.Trim(), context.UserId, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/programmes/{programmeId:guid}/versions/{n}/comments", async Task<Created<ReviewComment>> (Guid programmeId, int n,
                LeaveReviewComment command, IMediator mediator, CancellationToken ct) =>
            {
                var comment = await mediator.Send(command.For<LeaveReviewComment>(programmeId, null) with { VersionNumber = n }, ct);
                return TypedResults.Created($"/api/v1/programmes/{programmeId}/versions/{n}/comments", comment);
            })
            .WithName("LeaveReviewComment")
            .WithMetadata(new RequestExample("""
                {"text":"Week 3 asks a lot at once; could the evening walk start in week 4?"}
                """))
            .WithTags("Programmes")
            .WithSummary("Comment on a version shared with coaches")
            .WithDescription("404 for a version not shared with coaches. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class LeaveReviewCommentHandler(EventStreams streams) : ICommandHandler<LeaveReviewComment, ReviewComment>
{
    public async ValueTask<ReviewComment> Handle(LeaveReviewComment command, CancellationToken ct)
    {
        var version = await streams.Reads.LoadAsync<ProgrammeVersionRecord>(
            ProgrammeVersionRecord.IdOf(command.TargetId, command.VersionNumber), ct);
        ProgrammeReviewCommentLeft? left = null;
        await streams.DecideOrStart<ProgrammeReview>(ProgrammeReview.IdOf(command.TargetId, command.VersionNumber), null, (_, context) =>
        {
            var decision = LeaveReviewComment.Decide(version, command, context);
            left = (ProgrammeReviewCommentLeft)decision.Events[0];
            return decision;
        }, ct);
        return new ReviewComment(left!.CommentId, left.Version, left.Text, left.LeftBy, left.LeftAt);
    }
}
