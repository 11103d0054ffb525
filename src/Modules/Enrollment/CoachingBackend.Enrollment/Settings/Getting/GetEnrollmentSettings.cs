using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Settings.Getting;

/// <summary>The organisation's service rules, the defaults until an org-admin changes them.</summary>
public sealed record GetEnrollmentSettings : IQuery<EnrollmentSettingsRecord>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/settings/enrollment", async Task<Ok<EnrollmentSettingsResponse>> (IMediator mediator, HttpResponse response,
                CancellationToken ct) =>
            {
                var settings = await mediator.Send(new GetEnrollmentSettings(), ct);
                response.SetETag(settings.Version);
                return TypedResults.Ok(EnrollmentSettingsResponse.From(settings));
            })
            .WithName("GetEnrollmentSettings")
            .WithTags("Settings")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("The organisation's service period and passive-client rule")
            .WithDescription("The ETag is the settings' version (\"0\" while the defaults apply). Roles: org-admin, coach.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach)
            .WithCommonProblems();
}

public sealed class GetEnrollmentSettingsHandler(IQuerySession session, RequestContext caller)
    : IQueryHandler<GetEnrollmentSettings, EnrollmentSettingsRecord>
{
    public async ValueTask<EnrollmentSettingsRecord> Handle(GetEnrollmentSettings query, CancellationToken ct) =>
        await EnrollmentSettingsRecord.LoadAsync(session, caller.TenantId, ct);
}
