using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.ReadinessAssessment.Questionnaires.Browsing;

/// <summary>
/// The instruments the organisation can use, latest versions: built in for every organisation, plus its own.
/// </summary>
public sealed record ListQuestionnaires : IQuery<IReadOnlyList<QuestionnaireSummary>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/questionnaires", async Task<Ok<IReadOnlyList<QuestionnaireSummary>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListQuestionnaires(), ct)))
            .WithName("ListQuestionnaires")
            .WithTags("Questionnaires")
            .WithSummary("The questionnaires the organisation can use, latest versions")
            .WithDescription("Built in for every organisation: urica, readiness-ruler, stage-of-change; plus the organisation's own. " +
                             "Roles: client, coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .WithCommonProblems();
}

public sealed class ListQuestionnairesHandler(IQuerySession session) : IQueryHandler<ListQuestionnaires, IReadOnlyList<QuestionnaireSummary>>
{
    public async ValueTask<IReadOnlyList<QuestionnaireSummary>> Handle(ListQuestionnaires query, CancellationToken ct) =>
        (await Catalogue.LatestAsync(session, ct)).Select(QuestionnaireSummary.From).ToList();
}
