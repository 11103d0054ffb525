using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Feedback.Clients;
using CoachingBackend.Feedback.Settings;
using CoachingBackend.Feedback.Surveys.Listing;
using CoachingBackend.Feedback.Templates;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Surveys.Answering;

/// <summary>
/// The client answers their survey, once, before it expires, item by item against the template version it was issued
/// from. Answering is the client's own doing (Enrollment counts it as activity); the response then awaits the coach's reply.
/// </summary>
public sealed record AnswerSurvey([property: System.ComponentModel.DataAnnotations.Required] IReadOnlyList<SurveyAnswer>? Answers)
    : RoutedCommand<SurveyRecord>
{
    [JsonIgnore] public Guid SurveyId => TargetId;

    public sealed class Validator : AbstractValidator<AnswerSurvey>
    {
        public Validator()
        {
            RuleFor(c => c.Answers).NotNull().Must(a => a!.Count <= 20).WithMessage("At most 20 answers.");
            RuleForEach(c => c.Answers).NotNull().WithMessage("An answer may not be null.").ChildRules(a =>
            {
                a.RuleFor(x => x.Item).NotEmpty().MaximumLength(40);
                a.RuleFor(x => x.Judgement).IsInEnum();
            });
            RuleFor(c => c.Answers).Must(a => a!.Select(x => x.Item).Distinct().Count() == a!.Count)
                .When(c => c.Answers is not null && c.Answers.All(x => x is not null)).WithMessage("Answer each item once.");
        }
    }

    /// <summary>Pure: the answers judged against <paramref name="template"/>; the reply is due in <paramref name="replyLateDays"/>.</summary>
    public static Decision Decide(Survey survey, AnswerSurvey command, SurveyTemplateVersionRecord template, KnownClient client,
        int replyLateDays, CommandContext context)
    {
        if (!context.Caller.IsTheClient(survey.ClientId)) throw new ForbiddenException("Only the client themself may answer their survey.");
        if (survey.AnsweredAt is not null) throw SurveyProblems.AlreadyAnswered();
        if (survey.ExpiredAt is not null || context.Now >= survey.DueAt) throw SurveyProblems.Expired(survey.DueAt);

        var answers = SurveyAnswers.Check(template, command.Answers!);
        Judgement? judgement = null;
        int? rating = null, likelihood = null;
        foreach (var (item, answer) in answers)
        {
            switch (item.Kind)
            {
                case SurveyItemKind.Judgement: judgement = answer.Judgement; break;
                case SurveyItemKind.Rating: rating = answer.Value; break;
                case SurveyItemKind.Likelihood: likelihood = answer.Value; break;
            }
        }
        var answered = new SurveyAnswered(survey.Id, survey.ClientId, answers.Select(a => a.Answer).ToList(), judgement, rating, likelihood,
            client.CoachUserId, context.Now.AddDays(replyLateDays), context.Now);
        return Decision.Of(answered).Publishing(SurveyJourney.Entry(context, survey, survey.Version + 1, "survey-answered",
            $"Client answered the survey \"{survey.TemplateTitle}\" ({survey.TemplateKey}).", byClient: true));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/surveys/{surveyId:guid}/response", async Task<Ok<SurveyResponse>> (Guid surveyId, AnswerSurvey command,
                IMediator mediator, Marten.IQuerySession session, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await SurveyResponse.WithItemsAsync(await mediator.Send(command.For<AnswerSurvey>(surveyId, null), ct), session,
                    time.GetUtcNow(), ct)))
            .WithName("AnswerSurvey")
            .WithMetadata(new RequestExample("""
                {"answers":[{"item":"judgement","judgement":"positive"},{"item":"rating","value":5},{"item":"recommend","value":9},
                  {"item":"what-helped","text":"The walks we planned together."}]}
                """))
            .WithTags("Surveys")
            .WithSummary("Answer a survey, as the client")
            .WithDescription("One answer per item of the survey's template version: judgement (positive, undecided, not-relevant) " +
                             "for a judgement item, value 1–5 for a rating, 0–10 for a likelihood, text for a text item; every " +
                             "required item answered (400 otherwise). 409 types: survey-already-answered, survey-expired. " +
                             "Roles: the client themself.")
            .AllowRoles(Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class AnswerSurveyHandler(EventStreams streams) : ICommandHandler<AnswerSurvey, SurveyRecord>
{
    public async ValueTask<SurveyRecord> Handle(AnswerSurvey command, CancellationToken ct)
    {
        await streams.BeginAsync(ct);
        var record = await streams.Reads.LoadAsync<SurveyRecord>(command.SurveyId, ct) ?? throw new NotFoundException("survey", command.SurveyId);
        var client = await ClientAccess.FindAsync(streams.Reads, record.ClientId, ct);
        var template = await SurveyTemplates.FindAsync(streams.Reads, record.TemplateKey, record.TemplateNumber, ct);
        var settings = await FeedbackSettingsRecord.LoadAsync(streams.Reads, streams.Context.TenantId, ct);
        await streams.Decide<Survey>(command.SurveyId, null,
            (survey, context) => AnswerSurvey.Decide(survey, command, template, client, settings.ReplyLateDays, context), ct);
        return (await streams.Reads.LoadAsync<SurveyRecord>(command.SurveyId, ct))!;
    }
}
