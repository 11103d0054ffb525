using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Programs.Programmes.Publishing;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Programmes.Browsing;

/// <summary>
/// The programmes a caller may see: a coach their own drafts and every programme shared with coaches; an org-admin all.
/// <c>audience=clients</c> keeps those with a version released to clients. Newest first.
/// </summary>
public sealed record ListProgrammes(PublicationAudience? Audience, string? Cursor, int? Limit) : IQuery<Page<ProgrammeSummary>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programmes", async Task<Ok<Page<ProgrammeSummary>>> (string? audience, string? cursor, int? limit,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListProgrammes(JsonDefaults.ParseQuery<PublicationAudience>(audience, "audience"),
                    cursor, limit), ct)))
            .WithName("ListProgrammes")
            .WithMetadata(new EnumQueryParameter("audience", typeof(PublicationAudience)))
            .WithTags("Programmes")
            .WithSummary("List programme templates")
            .WithDescription("audience=coaches keeps programmes with a version shared with coaches, audience=clients those with a " +
                             "version released to clients. Cursor paging: pass nextCursor back as cursor. A coach sees their own " +
                             "drafts and every programme shared with coaches; an org-admin sees all. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class ListProgrammesHandler(IQuerySession session, RequestContext caller) : IQueryHandler<ListProgrammes, Page<ProgrammeSummary>>
{
    public async ValueTask<Page<ProgrammeSummary>> Handle(ListProgrammes query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var programmes = session.Query<ProgrammeRecord>().AsQueryable();
        if (!caller.IsInRole(Roles.OrgAdmin))
        {
            var me = caller.UserId;
            programmes = programmes.Where(p => p.AuthorUserId == me || p.IsSharedWithCoaches);
        }
        programmes = query.Audience switch
        {
            PublicationAudience.Coaches => programmes.Where(p => p.IsSharedWithCoaches),
            PublicationAudience.Clients => programmes.Where(p => p.IsReleasedToClients),
            _ => programmes,
        };
        var rows = await programmes.OrderByDescending(p => p.DraftedAt).ThenBy(p => p.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage(rows.Select(p => ProgrammeSummary.From(p, caller)).ToList(), offset, limit);
    }
}
