using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Courses.Clients;
using CoachingBackend.Courses.Settings;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Enrolments.Browsing;

/// <summary>The client's enrolments with their progress, the newest first, a page at a time (an index on the client).</summary>
public sealed record ListClientEnrolments(Guid ClientId, string? Cursor, int? Limit) : IQuery<Page<EnrolmentSummary>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clients/{clientId:guid}/enrolments", async Task<Ok<Page<EnrolmentSummary>>> (Guid clientId, string? cursor, int? limit,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListClientEnrolments(clientId, cursor, limit), ct)))
            .WithName("ListClientEnrolments")
            .WithTags("Course enrolments")
            .WithSummary("The client's course enrolments with their progress")
            .WithDescription("Newest first. Cursor paging: pass nextCursor back as cursor. Roles: the client themself, their " +
                             "responsible coach, org-admin.")
            .AllowRoles(Roles.Client, Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ListClientEnrolmentsHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<ListClientEnrolments, Page<EnrolmentSummary>>
{
    public async ValueTask<Page<EnrolmentSummary>> Handle(ListClientEnrolments query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        await ClientAccess.EnsureCanSeeAsync(session, caller, query.ClientId, ct);
        var settings = await CoursesSettingsRecord.LoadAsync(session, caller.TenantId, ct);
        var rows = await session.Query<EnrolmentRecord>().Where(e => e.ClientId == query.ClientId)
            .OrderByDescending(e => e.EnrolledAt).ThenBy(e => e.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        var stalledBefore = time.GetUtcNow().AddDays(-settings.StalledAfterDays);
        return Paging.ToPage(rows.Select(r => EnrolmentSummary.From(r, stalledBefore)).ToList(), offset, limit);
    }
}
