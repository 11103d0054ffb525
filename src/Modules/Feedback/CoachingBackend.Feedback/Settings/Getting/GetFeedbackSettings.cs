using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Feedback.Settings.Getting;

/// <summary>The organisation's feedback settings, the defaults until an org-admin changes them.</summary>
public sealed record GetFeedbackSettings : IQuery<FeedbackSettingsRecord>
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/settings/feedback", async Task<Ok<FeedbackSettingsResponse>> (IMediator mediator, HttpResponse response,
                CancellationToken ct) =>
            {
                var settings = await mediator.Send(new GetFeedbackSettings(), ct);
                response.SetETag(settings.Version);
                return TypedResults.Ok(FeedbackSettingsResponse.From(settings));
            })
            .WithName("GetFeedbackSettings")
            .WithTags("Settings")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("When surveys go out and when a coach's reply is late")
            .WithDescription("The ETag is the settings' version (\"0\" while the defaults apply: both automatic surveys on, " +
                             "dueDays 14, replyLateDays 7). Roles: org-admin, coach.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach)
            .WithCommonProblems();
}

public sealed class GetFeedbackSettingsHandler(IQuerySession session, RequestContext caller)
    : IQueryHandler<GetFeedbackSettings, FeedbackSettingsRecord>
{
    public async ValueTask<FeedbackSettingsRecord> Handle(GetFeedbackSettings query, CancellationToken ct) =>
        await FeedbackSettingsRecord.LoadAsync(session, caller.TenantId, ct);
}
