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

namespace CoachingBackend.Courses.Definitions.Reviewing;

/// <summary>Any coach or org-admin of the organisation comments on a version shared with coaches.</summary>
public sealed record LeaveCourseReviewComment([property: Text(2000, Multiline = true)] string Text) : RoutedCommand<CourseReviewComment>
{
    /// <summary>The version in the route (the course is the target).</summary>
    [JsonIgnore] public int VersionNumber { get; init; }

    public sealed class Validator : AbstractValidator<LeaveCourseReviewComment>
    {
        public Validator() => RuleFor(c => c.Text).NotEmpty().Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write the comment.");
    }

    /// <summary><paramref name="version"/> is the shared version as read in this transaction; null when there is none.</summary>
    public static Decision Decide(CourseVersionRecord? version, LeaveCourseReviewComment command, CommandContext context)
    {
        // Only shared versions exist for reviewers; a version still in draft, or another organisation's, is not found.
        if (version is null) throw new NotFoundException("course version", $"{command.TargetId}/{command.VersionNumber}");
        return Decision.Of(new CourseReviewCommentLeft(version.CourseId, version.Number, Guid.CreateVersion7(context.Now),
            command.Text.Trim(), context.UserId, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses/{courseId:guid}/versions/{n}/comments", async Task<Created<CourseReviewComment>> (Guid courseId, int n,
                LeaveCourseReviewComment command, IMediator mediator, CancellationToken ct) =>
            {
                var comment = await mediator.Send(command.For<LeaveCourseReviewComment>(courseId, null) with { VersionNumber = n }, ct);
                return TypedResults.Created($"/api/v1/courses/{courseId}/versions/{n}/comments", comment);
            })
            .WithName("LeaveCourseReviewComment")
            .WithMetadata(new RequestExample("""
                {"text":"Week 3 asks a lot at once; could the evening walk start in week 4?"}
                """))
            .WithTags("Courses")
            .WithSummary("Comment on a version shared with coaches")
            .WithDescription("404 for a version not shared with coaches. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class LeaveCourseReviewCommentHandler(EventStreams streams) : ICommandHandler<LeaveCourseReviewComment, CourseReviewComment>
{
    public async ValueTask<CourseReviewComment> Handle(LeaveCourseReviewComment command, CancellationToken ct)
    {
        var version = await streams.Reads.LoadAsync<CourseVersionRecord>(
            CourseVersionRecord.IdOf(command.TargetId, command.VersionNumber), ct);
        CourseReviewCommentLeft? left = null;
        await streams.DecideOrStart<CourseReview>(CourseReview.IdOf(command.TargetId, command.VersionNumber), null, (_, context) =>
        {
            var decision = LeaveCourseReviewComment.Decide(version, command, context);
            left = (CourseReviewCommentLeft)decision.Events[0];
            return decision;
        }, ct);
        return new CourseReviewComment(left!.CommentId, left.CourseVersion, left.Text, left.LeftBy, left.LeftAt);
    }
}
