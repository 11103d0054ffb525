using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Settings.Changing;

/// <summary>
/// An org-admin switches the automatic end-of-course and end-of-service surveys on or off and sets the days a client
/// has to answer and the days after which an unanswered response is late. The first change starts the stream.
/// </summary>
public sealed record ChangeFeedbackSettings(
    [property: Required] bool? EndOfCourseSurveys,
    [property: Required] bool? EndOfServiceSurveys,
    [property: Required] int? DueDays,
    [property: Required] int? ReplyLateDays) : RoutedCommand<FeedbackSettingsRecord>
{
    public sealed class Validator : AbstractValidator<ChangeFeedbackSettings>
    {
        public Validator()
        {
            RuleFor(s => s.EndOfCourseSurveys).NotNull();
            RuleFor(s => s.EndOfServiceSurveys).NotNull();
            RuleFor(s => s.DueDays).NotNull().InclusiveBetween(1, 90);
            RuleFor(s => s.ReplyLateDays).NotNull().InclusiveBetween(1, 60);
        }
    }

    public static Decision Decide(FeedbackRules? current, ChangeFeedbackSettings command, CommandContext context)
    {
        var wanted = new FeedbackRules(Guid.Empty, command.EndOfCourseSurveys!.Value, command.EndOfServiceSurveys!.Value,
            command.DueDays!.Value, command.ReplyLateDays!.Value);
        return current is not null && current with { Id = Guid.Empty } == wanted
            ? Decision.None
            : Decision.Of(new FeedbackSettingsChanged(wanted.EndOfCourseSurveys, wanted.EndOfServiceSurveys, wanted.DueDays,
                wanted.ReplyLateDays, context.UserId, context.Now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/settings/feedback", async Task<Ok<FeedbackSettingsResponse>> (ChangeFeedbackSettings command,
                RequestContext caller, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var settings = await mediator.Send(
                    command.For<ChangeFeedbackSettings>(FeedbackSettingsRecord.StreamId(caller.TenantId), request.ExpectedVersion()), ct);
                response.SetETag(settings.Version);
                return TypedResults.Ok(FeedbackSettingsResponse.From(settings));
            })
            .WithName("ChangeFeedbackSettings")
            .WithMetadata(new RequestExample("""
                {"endOfCourseSurveys":true,"endOfServiceSurveys":true,"dueDays":14,"replyLateDays":7}
                """))
            .WithTags("Settings")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Change when surveys go out and when a coach's reply is late")
            .WithDescription("endOfCourseSurveys and endOfServiceSurveys switch the automatic surveys; dueDays (1–90) is how long " +
                             "a client has to answer; replyLateDays (1–60) how long a response may wait for the coach's reply " +
                             "before it is a follow-up. Send the ETag last read as If-Match (412 when stale). Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class ChangeFeedbackSettingsHandler(EventStreams streams) : ICommandHandler<ChangeFeedbackSettings, FeedbackSettingsRecord>
{
    public async ValueTask<FeedbackSettingsRecord> Handle(ChangeFeedbackSettings command, CancellationToken ct)
    {
        await streams.DecideOrStart<FeedbackRules>(command.TargetId, command.ExpectedVersion,
            (current, context) => ChangeFeedbackSettings.Decide(current, command, context), ct);
        return await FeedbackSettingsRecord.LoadAsync(streams.Reads, streams.Context.TenantId, ct);
    }
}
