using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Feedback.Clients;
using CoachingBackend.Feedback.Surveys.Listing;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Surveys.Replying;

/// <summary>
/// "If you send a client a survey, give them feedback too": the responsible coach (or an org-admin) replies to the
/// client's response, once. The response leaves the awaiting-reply list.
/// </summary>
public sealed record ReplyToSurvey([property: Text(4000, Multiline = true)] string Text) : RoutedCommand<SurveyRecord>
{
    [JsonIgnore] public Guid SurveyId => TargetId;

    public sealed class Validator : AbstractValidator<ReplyToSurvey>
    {
        public Validator() => RuleFor(c => c.Text).NotEmpty().Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("A reply needs its text.");
    }

    /// <summary>Pure: who may reply is judged by what Feedback knows of the client's responsible coach now.</summary>
    public static Decision Decide(Survey survey, ReplyToSurvey command, KnownClient client, CommandContext context)
    {
        if (!context.Caller.IsResponsibleFor(client.CoachUserId))
            throw new ForbiddenException("Only the client's responsible coach (or an org-admin) may reply.");
        if (survey.AnsweredAt is null) throw SurveyProblems.NotAnswered();
        if (survey.RepliedAt is not null) throw SurveyProblems.AlreadyReplied();
        return Decision.Of(new SurveyReplied(survey.Id, survey.ClientId, command.Text.Trim(), context.UserId, context.Now))
            .Publishing(SurveyJourney.Entry(context, survey, survey.Version + 1, "survey-replied",
                $"Coach replied to the client's answers to \"{survey.TemplateTitle}\" ({survey.TemplateKey})."));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/surveys/{surveyId:guid}/reply", async Task<Ok<SurveyResponse>> (Guid surveyId, ReplyToSurvey command,
                IMediator mediator, Marten.IQuerySession session, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await SurveyResponse.WithItemsAsync(await mediator.Send(command.For<ReplyToSurvey>(surveyId, null), ct), session,
                    time.GetUtcNow(), ct)))
            .WithName("ReplyToSurvey")
            .WithMetadata(new RequestExample("""
                {"text":"Thank you! Your walks were the backbone of the year; keep the Monday one."}
                """))
            .WithTags("Surveys")
            .WithSummary("Reply to the client's survey response")
            .WithDescription("Takes the response off GET /feedback/awaiting-reply. 409 types: survey-not-answered, " +
                             "survey-already-replied. Roles: the client's responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class ReplyToSurveyHandler(EventStreams streams) : ICommandHandler<ReplyToSurvey, SurveyRecord>
{
    public async ValueTask<SurveyRecord> Handle(ReplyToSurvey command, CancellationToken ct)
    {
        await streams.BeginAsync(ct);
        var record = await streams.Reads.LoadAsync<SurveyRecord>(command.SurveyId, ct) ?? throw new NotFoundException("survey", command.SurveyId);
        var client = await ClientAccess.FindAsync(streams.Reads, record.ClientId, ct);
        await streams.Decide<Survey>(command.SurveyId, null, (survey, context) => ReplyToSurvey.Decide(survey, command, client, context), ct);
        return (await streams.Reads.LoadAsync<SurveyRecord>(command.SurveyId, ct))!;
    }
}
