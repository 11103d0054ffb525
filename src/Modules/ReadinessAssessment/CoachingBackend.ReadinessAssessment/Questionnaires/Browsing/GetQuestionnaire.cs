using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.ReadinessAssessment.Questionnaires.Browsing;

/// <summary>
/// One instrument, served so that a partner app can render it: each item's text, answer type, range or options with
/// their labels, whether it is required, and how the whole is scored.
/// </summary>
/// <param name="Version">The version; the latest when not given.</param>
public sealed record GetQuestionnaire([property: Text(100)] string Key, int? Version) : IQuery<QuestionnaireForm>
{
    public sealed class Validator : AbstractValidator<GetQuestionnaire>
    {
        public Validator()
        {
            RuleFor(q => q.Key).NotEmpty();
            RuleFor(q => q.Version).GreaterThan(0).When(q => q.Version is not null);
        }
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/questionnaires/{key}", async Task<Ok<QuestionnaireForm>> (string key, int? version, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetQuestionnaire(key, version), ct)))
            .WithName("GetQuestionnaire")
            .WithTags("Questionnaires")
            .WithSummary("A questionnaire's items and scoring, at a version or the latest")
            .WithDescription("Everything needed to render the form and submit it to POST /clients/{clientId}/readiness-assessments. " +
                             "Roles: client, coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class GetQuestionnaireHandler(IQuerySession session) : IQueryHandler<GetQuestionnaire, QuestionnaireForm>
{
    public async ValueTask<QuestionnaireForm> Handle(GetQuestionnaire query, CancellationToken ct) =>
        QuestionnaireForm.From(await Catalogue.FindAsync(session, query.Key, query.Version, ct)
                               ?? throw new NotFoundException("questionnaire", query.Key));
}
