using CoachingBackend.BuildingBlocks.Input;
using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.ReadinessAssessment.Clients;
using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.ReadinessAssessment.Assessments.Submitting;

/// <summary>
/// The client (or their coach, recording it) submits a questionnaire with the resources question every
/// assessment carries. Answers are checked against the definition; nothing is stored for a refused submission.
/// </summary>
/// <param name="QuestionnaireVersion">The version answered; the latest when not given.</param>
/// <param name="Resources">"Do you have the time and energy for a change right now?" yes, partly or no.</param>
public sealed record SubmitAssessment(
    [property: Text(100)] string Questionnaire,
    int? QuestionnaireVersion,
    TargetBehaviour? TargetBehaviour,
    [property: System.ComponentModel.DataAnnotations.Required] IReadOnlyList<AnswerInput>? Answers,
    [property: System.ComponentModel.DataAnnotations.Required] Resources? Resources) : RoutedCommand<AssessmentResponse>
{
    [JsonIgnore] public Guid ClientId => TargetId;

    public sealed class Validator : AbstractValidator<SubmitAssessment>
    {
        public Validator()
        {
            RuleFor(c => c.Questionnaire).NotEmpty();
            RuleFor(c => c.Answers).NotEmpty().Must(a => a!.Count <= 500).WithMessage("At most 500 answers.");
            RuleForEach(c => c.Answers).NotNull().ChildRules(a => a.RuleFor(x => x.ItemId).NotEmpty());
            RuleFor(c => c.Resources).NotNull().IsInEnum();
            RuleFor(c => c.TargetBehaviour).IsInEnum();
        }
    }

    /// <summary>Pure: the events of a valid submission scored under the current policies.</summary>
    public static Decision Decide(Guid assessmentId, SubmitAssessment command, QuestionnaireDefinition definition,
        IReadOnlyList<Answer> answers, CommandContext context)
    {
        var (caller, now) = (context.Caller, context.Now);
        var result = ReadinessScoring.Score(definition, answers);
        var recommendation = RecommendationPolicy.Recommend(result.Level, command.Resources!.Value);
        var byClient = caller.IsInRole(Roles.Client);
        var submitted = new ReadinessAnswersSubmitted(assessmentId, command.ClientId, definition.Key, definition.Version,
            command.TargetBehaviour, answers, command.Resources.Value, caller.UserId, byClient, now);
        var scored = new ReadinessScored(assessmentId, command.ClientId, result.Policy, result.Level, result.Stage, result.Scores,
            recommendation.Recommendation, recommendation.Policy, recommendation.Rationale, now);
        return Decision.Of(submitted, scored).Publishing(new ReadinessAssessed(caller.TenantId, command.ClientId, assessmentId,
            definition.Key, definition.Version, command.TargetBehaviour is { } behaviour ? JsonDefaults.Name(behaviour) : null,
            JsonDefaults.Name(result.Level), recommendation.Recommendation, recommendation.Policy,
            recommendation.Rationale, caller.UserId, byClient, now));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/readiness-assessments", async Task<Created<AssessmentResponse>> (
                Guid clientId, SubmitAssessment command, IMediator mediator, CancellationToken ct) =>
            {
                var assessment = await mediator.Send(command.For<SubmitAssessment>(clientId, null), ct);
                return TypedResults.Created($"/api/v1/clients/{clientId}/readiness-assessments/{assessment.AssessmentId}", assessment);
            })
            .WithName("SubmitReadinessAssessment")
            .WithMetadata(new RequestExample("""
                {"questionnaire":"readiness-ruler","targetBehaviour":"sleep","resources":"yes","answers":[{"itemId":"importance","value":8},{"itemId":"confidence","value":7},{"itemId":"readiness","value":8}]}
                """))
            .WithTags("Readiness assessments")
            .WithSummary("Submit a readiness-for-change questionnaire and get its score and recommendation")
            .WithDescription("Answers are validated against the questionnaire (GET /questionnaires/{key}): every required item, " +
                             "values in range, no unknown or repeated items; each bad item is named in errors as answers.<itemId>. " +
                             "The recommendation follows policy recommendation-v1 and reaches the client's journey and the " +
                             "activation gate. Roles: the client themself, their coach (or any coach for an unassigned client), org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class SubmitAssessmentHandler(EventStreams streams) : ICommandHandler<SubmitAssessment, AssessmentResponse>
{
    public async ValueTask<AssessmentResponse> Handle(SubmitAssessment command, CancellationToken ct)
    {
        var client = await AssessmentAccess.EnsureAsync(streams.Reads, streams.Context.Caller, command.ClientId, ct);
        if (client.HasLeft) throw ClientProblems.JourneyClosed();

        var definition = await Catalogue.FindAsync(streams.Reads, command.Questionnaire, command.QuestionnaireVersion, ct)
                         ?? throw new ValidationException([new ValidationFailure("questionnaire", "No such questionnaire (or version).")]);
        if (definition.AsksTargetBehaviour && command.TargetBehaviour is null)
            throw new ValidationException([new ValidationFailure("targetBehaviour", "This questionnaire is about a target behaviour: exercise, eating, sleep or recovery.")]);

        var answers = command.Answers!.Select(a => a.ToAnswer()).ToList();
        var problems = AnswerValidation.Validate(definition, answers);
        if (problems.Count > 0)
            throw new ValidationException(problems.Select(p => new ValidationFailure($"answers.{p.ItemId}", p.Message)));

        var assessmentId = Guid.CreateVersion7(streams.Context.Now);
        await streams.Start<Assessment>(assessmentId,
            context => SubmitAssessment.Decide(assessmentId, command, definition, answers, context), ct);
        var record = (await streams.Reads.LoadAsync<AssessmentRecord>(assessmentId, ct))!;
        var previous = await Reviewing.AssessmentHistory.PreviousAsync(streams.Reads, record, ct);
        return AssessmentResponse.From(record, previous is null ? null : AssessmentTrend.Between(previous, record));
    }
}
