using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Templates.Browsing;

/// <summary>The organisation's survey templates: the built-in ones and its own, each at its latest version.</summary>
public sealed record ListSurveyTemplates : IQuery<IReadOnlyList<SurveyTemplateResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/survey-templates", async Task<Ok<IReadOnlyList<SurveyTemplateResponse>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSurveyTemplates(), ct)))
            .WithName("ListSurveyTemplates")
            .WithTags("Surveys")
            .WithSummary("The survey templates, each at its latest version")
            .WithDescription("Built in: end-of-course, end-of-service and after-meeting at version 1, then the organisation's own " +
                             "versions over them and its own keys, by key. versions lists every version number of a key. " +
                             "Roles: org-admin, coach, analyst.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach, Roles.Analyst)
            .WithCommonProblems();
}

public sealed class ListSurveyTemplatesHandler(IQuerySession session) : IQueryHandler<ListSurveyTemplates, IReadOnlyList<SurveyTemplateResponse>>
{
    public async ValueTask<IReadOnlyList<SurveyTemplateResponse>> Handle(ListSurveyTemplates query, CancellationToken ct)
    {
        var published = await session.Query<SurveyTemplateVersionRecord>().ToListAsync(ct);
        return BuiltInTemplates.All.Concat(published).GroupBy(v => v.Key).OrderBy(g => g.Key)
            .Select(g => SurveyTemplateResponse.From(g.MaxBy(v => v.Number)!, g.Select(v => v.Number).Order().ToList()))
            .ToList();
    }
}
