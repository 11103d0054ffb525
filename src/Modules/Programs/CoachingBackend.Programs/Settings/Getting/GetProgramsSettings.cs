using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Settings.Getting;

/// <summary>The organisation's programme settings, the defaults until an org-admin changes them.</summary>
public sealed record GetProgramsSettings : IQuery<ProgramsSettingsRecord>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/settings/programs", async Task<Ok<ProgramsSettingsResponse>> (IMediator mediator, HttpResponse response,
                CancellationToken ct) =>
            {
                var settings = await mediator.Send(new GetProgramsSettings(), ct);
                response.SetETag(settings.Version);
                return TypedResults.Ok(ProgramsSettingsResponse.From(settings));
            })
            .WithName("GetProgramsSettings")
            .WithTags("Settings")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("The calendars' time zone and the reminders per week")
            .WithDescription("The ETag is the settings' version (\"0\" while the defaults apply). Roles: org-admin, coach.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach)
            .WithCommonProblems();
}

public sealed class GetProgramsSettingsHandler(IQuerySession session, RequestContext caller)
    : IQueryHandler<GetProgramsSettings, ProgramsSettingsRecord>
{
    public async ValueTask<ProgramsSettingsRecord> Handle(GetProgramsSettings query, CancellationToken ct) =>
        await ProgramsSettingsRecord.LoadAsync(session, caller.TenantId, ct);
}
