using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Feedback.Surveys;
using FluentValidation;
using FluentValidation.Results;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Summaries;

/// <summary>
/// What an organisation wants to see of its feedback: surveys issued and answered, the judgements in percentages that
/// add up to 100, ratings, NPS and how the coaches kept the rule "give them feedback too", per course, programme, coach or
/// month. Figures only: no free text reaches a summary, so analysts see none.
/// </summary>
/// <param name="From">The first day (UTC) of the issue dates counted, included.</param>
/// <param name="To">The last day (UTC) of the issue dates counted, included.</param>
public sealed record GetFeedbackSummary(SummaryGrouping? GroupBy, DateOnly? From, DateOnly? To, string? Template) : IQuery<FeedbackSummaryResponse>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/feedback/summary", async Task<Ok<FeedbackSummaryResponse>> (string? groupBy, DateOnly? from, DateOnly? to,
                string? template, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(
                    new GetFeedbackSummary(JsonDefaults.ParseQuery<SummaryGrouping>(groupBy, "groupBy"), from, to, template), ct)))
            .WithName("GetFeedbackSummary")
            .WithMetadata(new EnumQueryParameter("groupBy", typeof(SummaryGrouping)))
            .WithTags("Feedback summaries")
            .WithSummary("Feedback figures per course, programme, coach or month")
            .WithDescription("Over the surveys issued from `from` to `to` (UTC dates, both included; 400 when from is after to), " +
                             "of one template key if given. Per group and in total: issued, answered, replied; responseRate; the " +
                             "judgements with whole percentages adding up to 100 (largest remainder); mean and median rating; NPS " +
                             "(percent of 9–10 minus percent of 0–6); the coach's replyRate and medianReplyHours. A group of fewer " +
                             "than 5 responses shows counts only (suppressed). groupBy=course|programme keeps only surveys about " +
                             "one; coach is the coach responsible when the client answered; month is the month of issue. A coach " +
                             "sees the surveys about themself only. Roles: org-admin, analyst, coach.")
            .AllowRoles(Roles.OrgAdmin, Roles.Analyst, Roles.Coach)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class GetFeedbackSummaryHandler(IQuerySession session, RequestContext caller) : IQueryHandler<GetFeedbackSummary, FeedbackSummaryResponse>
{
    public async ValueTask<FeedbackSummaryResponse> Handle(GetFeedbackSummary query, CancellationToken ct)
    {
        if (query is { From: { } from, To: { } to } && from > to)
            throw new ValidationException([new ValidationFailure("from", "from must not be after to.")]);

        var surveys = session.Query<SurveyRecord>().AsQueryable();
        if (query.From is { } start) surveys = surveys.Where(s => s.IssuedAt >= Day(start));
        if (query.To is { } end) surveys = surveys.Where(s => s.IssuedAt < Day(end.AddDays(1)));
        if (!string.IsNullOrEmpty(query.Template)) surveys = surveys.Where(s => s.TemplateKey == query.Template);
        // A coach sees how their own clients judged them, the organisation's figures are the admin's and analysts'.
        if (!caller.IsInRole(Roles.OrgAdmin) && !caller.IsInRole(Roles.Analyst)) surveys = surveys.Where(s => s.CoachUserId == caller.UserId);
        var rows = await surveys.ToListAsync(ct);

        var groups = query.GroupBy switch
        {
            SummaryGrouping.Course => ByAbout(rows, AboutKind.Course),
            SummaryGrouping.Programme => ByAbout(rows, AboutKind.Programme),
            SummaryGrouping.Coach => rows.GroupBy(s => s.CoachUserId ?? "none").Select(g => FeedbackFigures.Summarise(g.Key, g.Key, [.. g])),
            SummaryGrouping.Month => rows.GroupBy(s => s.IssuedAt.UtcDateTime.ToString("yyyy-MM")).Select(g => FeedbackFigures.Summarise(g.Key, g.Key, [.. g])),
            _ => [],
        };
        return new FeedbackSummaryResponse(query.GroupBy, query.From, query.To, query.Template,
            FeedbackFigures.Summarise("all", null, rows), [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal)]);
    }

    private static IEnumerable<FeedbackGroupSummary> ByAbout(IEnumerable<SurveyRecord> rows, AboutKind kind) =>
        rows.Where(s => s.AboutKind == kind && s.AboutId is not null).GroupBy(s => s.AboutId!.Value)
            .Select(g => FeedbackFigures.Summarise(g.Key.ToString(), g.Select(s => s.AboutTitle).LastOrDefault(t => t is not null), [.. g]));

    private static DateTimeOffset Day(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
