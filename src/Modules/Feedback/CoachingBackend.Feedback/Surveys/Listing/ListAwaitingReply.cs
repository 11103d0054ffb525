using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Feedback.Clients;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Surveys.Listing;

/// <summary>
/// A coach's queue: their clients' survey responses still without a reply, oldest first, so that nobody waits long.
/// An org-admin sees the organisation's, or one coach's with <c>coachUserId</c>.
/// </summary>
public sealed record ListAwaitingReply(string? CoachUserId, string? Cursor, int? Limit) : IQuery<Page<SurveyAwaitingReply>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/feedback/awaiting-reply", async Task<Ok<Page<SurveyAwaitingReply>>> (string? coachUserId, string? cursor, int? limit,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAwaitingReply(coachUserId, cursor, limit), ct)))
            .WithName("ListSurveysAwaitingReply")
            .WithTags("Surveys")
            .WithSummary("Survey responses still waiting for the coach's reply, oldest first")
            .WithDescription("A coach gets their own clients' responses (by the clients' responsible coach now); an org-admin the " +
                             "organisation's, or one coach's with coachUserId. waitingDays counts from the answer; isLate once the " +
                             "organisation's replyLateDays have passed (a follow-up is then on the coach's list). Cursor paging. " +
                             "Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class ListAwaitingReplyHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<ListAwaitingReply, Page<SurveyAwaitingReply>>
{
    public async ValueTask<Page<SurveyAwaitingReply>> Handle(ListAwaitingReply query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var coach = caller.IsInRole(Roles.OrgAdmin) ? query.CoachUserId
            : query.CoachUserId is null || query.CoachUserId == caller.UserId ? caller.UserId
            : throw new ForbiddenException("A coach sees the responses of their own clients only.");

        var surveys = session.Query<SurveyRecord>().Where(s => s.AwaitsReply);
        if (coach is not null)
        {
            // By the responsible coach now, so a re-assigned client's waiting responses move to the new coach's queue.
            var clients = await session.Query<KnownClient>().Where(c => c.CoachUserId == coach).Select(c => c.Id).ToListAsync(ct);
            surveys = surveys.Where(s => clients.Contains(s.ClientId));
        }
        var rows = await surveys.OrderBy(s => s.AnsweredAt).ThenBy(s => s.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        var now = time.GetUtcNow();
        return Paging.ToPage(rows.Select(s => new SurveyAwaitingReply(s.Id, s.ClientId, s.TemplateKey, s.TemplateTitle, s.Judgement, s.Rating,
            s.AnsweredAt!.Value, s.ReplyDueBy!.Value, (int)Math.Max(0, (now - s.AnsweredAt!.Value).TotalDays), s.ReplyDueBy <= now)).ToList(),
            offset, limit);
    }
}
