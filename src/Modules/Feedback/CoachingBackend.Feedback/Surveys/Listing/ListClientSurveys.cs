using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Feedback.Clients;
using CoachingBackend.Feedback.Templates;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Surveys.Listing;

/// <summary>A client's surveys, newest first, each with its items so that an app can render the open ones.</summary>
public sealed record ListClientSurveys(Guid ClientId, SurveyStatus? Status, string? Cursor, int? Limit) : IQuery<Page<SurveyResponse>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/surveys", async Task<Ok<Page<SurveyResponse>>> (Guid clientId, string? status,
                string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListClientSurveys(clientId, JsonDefaults.ParseQuery<SurveyStatus>(status, "status"),
                    cursor, limit), ct)))
            .WithName("ListClientSurveys")
            .WithMetadata(new EnumQueryParameter("status", typeof(SurveyStatus)))
            .WithTags("Surveys")
            .WithSummary("The client's surveys: open, answered and expired")
            .WithDescription("Newest first, each with the items of its template version, the client's answers and the coach's " +
                             "reply. status filters (open, answered, expired; expired as soon as the due date passes). Cursor " +
                             "paging. Roles: the client themself, their responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ListClientSurveysHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<ListClientSurveys, Page<SurveyResponse>>
{
    public async ValueTask<Page<SurveyResponse>> Handle(ListClientSurveys query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        var now = time.GetUtcNow();
        var surveys = session.Query<SurveyRecord>().Where(s => s.ClientId == query.ClientId);
        surveys = query.Status switch
        {
            SurveyStatus.Open => surveys.Where(s => s.Status == SurveyStatus.Open && s.DueAt > now),
            SurveyStatus.Expired => surveys.Where(s => s.Status == SurveyStatus.Expired || (s.Status == SurveyStatus.Open && s.DueAt <= now)),
            SurveyStatus.Answered => surveys.Where(s => s.Status == SurveyStatus.Answered),
            _ => surveys,
        };
        var rows = await surveys.OrderByDescending(s => s.IssuedAt).ThenBy(s => s.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        var items = new Dictionary<(string, int), IReadOnlyList<SurveyItem>>();
        foreach (var s in rows.DistinctBy(s => (s.TemplateKey, s.TemplateNumber)))
            items[(s.TemplateKey, s.TemplateNumber)] = (await SurveyTemplates.FindAsync(session, s.TemplateKey, s.TemplateNumber, ct)).Items;
        return Paging.ToPage(rows.Select(s => SurveyResponse.From(s, items[(s.TemplateKey, s.TemplateNumber)], now)).ToList(), offset, limit);
    }
}
