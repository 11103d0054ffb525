using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Settings;

public sealed record EnrollmentSettingsBody(int ServicePeriodMonths, int PassiveAfterDays)
{
    public sealed class Validator : AbstractValidator<EnrollmentSettingsBody>
    {
        public Validator()
        {
            RuleFor(s => s.ServicePeriodMonths).InclusiveBetween(1, 60);
            RuleFor(s => s.PassiveAfterDays).InclusiveBetween(1, 365);
        }
    }
}

public sealed record EnrollmentSettingsResponse(int ServicePeriodMonths, int PassiveAfterDays, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static EnrollmentSettingsResponse From(EnrollmentSettings s) => new(s.ServicePeriodMonths, s.PassiveAfterDays, s.ChangedBy, s.ChangedAt);
}

public static class EnrollmentSettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/settings/enrollment", async Task<Ok<EnrollmentSettingsResponse>> (IQuerySession session, RequestContext caller,
                HttpResponse response, CancellationToken ct) =>
            {
                var settings = await EnrollmentSettings.LoadAsync(session, caller.TenantId, ct);
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

        api.MapPut("/settings/enrollment", async Task<Ok<EnrollmentSettingsResponse>> (EnrollmentSettingsBody body,
                IValidator<EnrollmentSettingsBody> validator, EventStreams streams, RequestContext caller, TimeProvider time,
                HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(body, ct);
                var changed = Decision.Of(new EnrollmentSettingsChanged(body.ServicePeriodMonths, body.PassiveAfterDays, caller.UserId, time.GetUtcNow()));
                var id = EnrollmentSettings.StreamId(caller.TenantId);
                var expected = request.ExpectedVersion();
                var current = await streams.Session.Events.FetchStreamStateAsync(id, ct);
                if (current is null)
                {
                    if (expected is not null) throw new JasperFx.ConcurrencyException("The settings have never been changed.", null!);
                    await streams.Start<EnrollmentRules>(id, changed, ct);
                }
                else
                {
                    await streams.Decide<EnrollmentRules>(id, expected, _ => changed, ct);
                }

                var settings = (await streams.Session.LoadAsync<EnrollmentSettings>(id, ct))!;
                response.SetETag(settings.Version);
                return TypedResults.Ok(EnrollmentSettingsResponse.From(settings));
            })
            .WithName("ChangeEnrollmentSettings")
            .WithTags("Settings")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Change the service period and passive-client rule")
            .WithDescription("Applies to activations from now on; an active service keeps the terms it started with. Send the " +
                             "ETag last read as If-Match so that another admin's change is not overwritten unseen (412). Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
    }
}
