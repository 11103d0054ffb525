using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.ReadinessAssessment.Questionnaires.Browsing;

/// <summary>
/// The instruments, served so that a partner app can render them: each item's text, answer type, range or
/// options with their labels, whether it is required, and how the whole is scored.
/// </summary>
public static class QuestionnaireEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/questionnaires", async Task<Ok<IReadOnlyList<QuestionnaireSummary>>> (IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<QuestionnaireSummary>>((await Catalogue.LatestAsync(session, ct)).Select(QuestionnaireSummary.From).ToList()))
            .WithName("ListQuestionnaires")
            .WithTags("Questionnaires")
            .WithSummary("The questionnaires the organisation can use, latest versions")
            .WithDescription("Built in for every organisation: urica, readiness-ruler, stage-of-change; plus the organisation's own. " +
                             "Roles: client, coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .WithCommonProblems();

        api.MapGet("/questionnaires/{key}", async Task<Ok<QuestionnaireForm>> (string key, int? version, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(QuestionnaireForm.From(await Catalogue.FindAsync(session, key, version, ct) ?? throw new NotFoundException("questionnaire", key))))
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
}

public sealed record QuestionnaireSummary(string Key, int Version, string Title, string Description, ScoringMethod Scoring,
    bool AsksTargetBehaviour, int ItemCount, bool BuiltIn)
{
    public static QuestionnaireSummary From(QuestionnaireDefinition d) => new(d.Key, d.Version, d.Title, d.Description, d.Scoring,
        d.AsksTargetBehaviour, d.Items.Count, BuiltInQuestionnaires.IsBuiltIn(d.Key));
}
