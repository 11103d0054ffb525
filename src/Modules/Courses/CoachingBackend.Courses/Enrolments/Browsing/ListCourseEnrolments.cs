using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Courses.Clients;
using CoachingBackend.Courses.Definitions;
using CoachingBackend.Courses.Settings;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Enrolments.Browsing;

/// <summary>
/// The coach's view of a course: their clients' enrolments in it (an org-admin's: everyone's), oldest enrolment first,
/// each with its progress and whether the client has stalled (no step done for the organisation's stalled-after days).
/// <c>stalledOnly</c> keeps the stalled. A page at a time, over an index on the course and enrolment time.
/// </summary>
public sealed record ListCourseEnrolments(Guid CourseId, bool StalledOnly, string? Cursor, int? Limit) : IQuery<Page<EnrolmentSummary>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/{courseId:guid}/enrolments", async Task<Ok<Page<EnrolmentSummary>>> (Guid courseId, bool? stalledOnly,
                string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCourseEnrolments(courseId, stalledOnly ?? false, cursor, limit), ct)))
            .WithName("ListCourseEnrolments")
            .WithTags("Course enrolments")
            .WithSummary("The coach's clients in a course, with their progress and who has stalled")
            .WithDescription("A coach sees their own clients' enrolments, an org-admin everyone's; oldest enrolment first. stalled: " +
                             "active with no step done for the days set in /settings/courses (14 by default); stalledOnly=true keeps " +
                             "those. Cursor paging: pass nextCursor back as cursor. Roles: coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ListCourseEnrolmentsHandler(IQuerySession session, RequestContext caller, TimeProvider time)
    : IQueryHandler<ListCourseEnrolments, Page<EnrolmentSummary>>
{
    public async ValueTask<Page<EnrolmentSummary>> Handle(ListCourseEnrolments query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var course = await session.LoadAsync<CourseRecord>(query.CourseId, ct);
        if (course is null || !caller.CanSee(course.AuthorUserId, course.IsSharedWithCoaches)) throw new NotFoundException("course", query.CourseId);
        var settings = await CoursesSettingsRecord.LoadAsync(session, caller.TenantId, ct);
        var stalledBefore = time.GetUtcNow().AddDays(-settings.StalledAfterDays);

        var enrolments = session.Query<EnrolmentRecord>().Where(e => e.CourseId == query.CourseId);
        if (!caller.IsInRole(Roles.OrgAdmin))
        {
            // A coach's own clients, from the indexed copy of the directory: a caseload, not the organisation.
            var me = caller.UserId;
            var mine = (await session.Query<KnownClient>().Where(c => c.CoachUserId == me).Select(c => c.Id).ToListAsync(ct)).ToArray();
            enrolments = enrolments.Where(e => e.ClientId.IsOneOf(mine));
        }
        if (query.StalledOnly)
            enrolments = enrolments.Where(e => e.Status == EnrolmentStatus.Active && e.LastActivityAt <= stalledBefore);
        var rows = await enrolments.OrderBy(e => e.EnrolledAt).ThenBy(e => e.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage(rows.Select(r => EnrolmentSummary.From(r, stalledBefore)).ToList(), offset, limit);
    }
}
