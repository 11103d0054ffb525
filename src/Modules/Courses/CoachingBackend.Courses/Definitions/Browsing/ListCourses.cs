using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Courses.Definitions.Publishing;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Definitions.Browsing;

/// <summary>
/// The courses a caller may see: a coach their own drafts and every course shared with coaches; an org-admin all; a
/// client those they may enrol in themselves. <c>audience=clients</c> keeps those released to clients. Newest first.
/// </summary>
public sealed record ListCourses(CourseAudience? Audience, string? Cursor, int? Limit) : IQuery<Page<CourseSummary>>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses", async Task<Ok<Page<CourseSummary>>> (string? audience, string? cursor, int? limit, IMediator mediator,
                CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCourses(JsonDefaults.ParseQuery<CourseAudience>(audience, "audience"),
                    cursor, limit), ct)))
            .WithName("ListCourses")
            .WithMetadata(new EnumQueryParameter("audience", typeof(CourseAudience)))
            .WithTags("Courses")
            .WithSummary("List courses")
            .WithDescription("audience=coaches keeps courses with a version shared with coaches, audience=clients those with a " +
                             "version released to clients. A coach sees their own drafts and every course shared with coaches; an " +
                             "org-admin all; a client the released courses open to self-enrolment. Cursor paging: pass nextCursor " +
                             "back as cursor. Roles: coach, org-admin, client.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin, Roles.Client)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithCommonProblems();
}

public sealed class ListCoursesHandler(IQuerySession session, RequestContext caller) : IQueryHandler<ListCourses, Page<CourseSummary>>
{
    public async ValueTask<Page<CourseSummary>> Handle(ListCourses query, CancellationToken ct)
    {
        var (offset, limit) = Paging.Read(query.Cursor, query.Limit);
        var courses = session.Query<CourseRecord>().AsQueryable();
        if (caller.IsInRole(Roles.OrgAdmin))
        {
        }
        else if (caller.IsInRole(Roles.Coach))
        {
            var me = caller.UserId;
            courses = courses.Where(c => c.AuthorUserId == me || c.IsSharedWithCoaches);
        }
        else
        {
            courses = courses.Where(c => c.OpenToSelfEnrolment);
        }
        courses = query.Audience switch
        {
            CourseAudience.Coaches => courses.Where(c => c.IsSharedWithCoaches),
            CourseAudience.Clients => courses.Where(c => c.IsReleasedToClients),
            _ => courses,
        };
        var rows = await courses.OrderByDescending(c => c.DraftedAt).ThenBy(c => c.Id).Skip(offset).Take(limit + 1).ToListAsync(ct);
        return Paging.ToPage(rows.Select(c => CourseSummary.From(c, caller)).ToList(), offset, limit);
    }
}
