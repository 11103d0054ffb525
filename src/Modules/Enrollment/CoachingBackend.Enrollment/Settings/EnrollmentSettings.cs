using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Settings;

/// <summary>
/// An organisation's own rules for the service: how long a service period lasts (a year by default) and after
/// how many days without activity a newly activated client is followed up as passive (a month by default).
/// </summary>
public sealed class EnrollmentSettings
{
    public const string DocumentId = "enrollment";

    public string Id { get; set; } = DocumentId;
    public int ServicePeriodMonths { get; set; } = 12;
    public int PassiveAfterDays { get; set; } = 30;
    public string? ChangedBy { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    public static async Task<EnrollmentSettings> LoadAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<EnrollmentSettings>(DocumentId, ct) ?? new EnrollmentSettings();
}

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
        api.MapGet("/settings/enrollment", async Task<Ok<EnrollmentSettingsResponse>> (IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(EnrollmentSettingsResponse.From(await EnrollmentSettings.LoadAsync(session, ct))))
            .WithName("GetEnrollmentSettings")
            .WithTags("Settings")
            .WithSummary("The organisation's service period and passive-client rule")
            .WithDescription("Roles: org-admin, coach.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach)
            .WithCommonProblems();

        api.MapPut("/settings/enrollment", async Task<Ok<EnrollmentSettingsResponse>> (EnrollmentSettingsBody body,
                IValidator<EnrollmentSettingsBody> validator, IDocumentSession session, RequestContext caller, TimeProvider time,
                CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(body, ct);
                var settings = new EnrollmentSettings
                {
                    ServicePeriodMonths = body.ServicePeriodMonths, PassiveAfterDays = body.PassiveAfterDays,
                    ChangedBy = caller.UserId, ChangedAt = time.GetUtcNow(),
                };
                session.Store(settings);
                await session.SaveChangesAsync(ct);
                return TypedResults.Ok(EnrollmentSettingsResponse.From(settings));
            })
            .WithName("ChangeEnrollmentSettings")
            .WithTags("Settings")
            .WithSummary("Change the service period and passive-client rule")
            .WithDescription("Applies to activations from now on; an active service keeps the terms it started with. Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .WithBodyProblems()
            .WithCommonProblems();
    }
}
