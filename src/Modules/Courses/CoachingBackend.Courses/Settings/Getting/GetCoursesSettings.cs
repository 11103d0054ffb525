using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Settings.Getting;

/// <summary>The organisation's courses settings, the defaults until an org-admin changes them.</summary>
public sealed record GetCoursesSettings : IQuery<CoursesSettingsRecord>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/settings/courses", async Task<Ok<CoursesSettingsResponse>> (IMediator mediator, HttpResponse response,
                CancellationToken ct) =>
            {
                var settings = await mediator.Send(new GetCoursesSettings(), ct);
                response.SetETag(settings.Version);
                return TypedResults.Ok(CoursesSettingsResponse.From(settings));
            })
            .WithName("GetCoursesSettings")
            .WithTags("Settings")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("After how many days without a step done a client counts as stalled")
            .WithDescription("The ETag is the settings' version (\"0\" while the defaults apply). Roles: org-admin, coach.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach)
            .WithCommonProblems();
}

public sealed class GetCoursesSettingsHandler(IQuerySession session, RequestContext caller)
    : IQueryHandler<GetCoursesSettings, CoursesSettingsRecord>
{
    public async ValueTask<CoursesSettingsRecord> Handle(GetCoursesSettings query, CancellationToken ct) =>
        await CoursesSettingsRecord.LoadAsync(session, caller.TenantId, ct);
}
