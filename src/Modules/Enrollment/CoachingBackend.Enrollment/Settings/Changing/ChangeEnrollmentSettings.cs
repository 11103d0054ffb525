using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Settings.Changing;

/// <summary>
/// An org-admin changes the organisation's service period and passive-client rule. The first change starts the
/// settings' stream (their audit trail); until then the defaults apply, at version 0.
/// </summary>
public sealed record ChangeEnrollmentSettings(int ServicePeriodMonths, int PassiveAfterDays) : RoutedCommand<EnrollmentSettingsRecord>
{
    public sealed class Validator : AbstractValidator<ChangeEnrollmentSettings>
    {
        public Validator()
        {
            RuleFor(s => s.ServicePeriodMonths).InclusiveBetween(1, 60);
            RuleFor(s => s.PassiveAfterDays).InclusiveBetween(1, 365);
        }
    }

    public static Decision Decide(EnrollmentRules? current, ChangeEnrollmentSettings command, CommandContext context) =>
        current is not null && current.ServicePeriodMonths == command.ServicePeriodMonths && current.PassiveAfterDays == command.PassiveAfterDays
            ? Decision.None
            : Decision.Of(new EnrollmentSettingsChanged(command.ServicePeriodMonths, command.PassiveAfterDays, context.UserId, context.Now));

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/settings/enrollment", async Task<Ok<EnrollmentSettingsResponse>> (ChangeEnrollmentSettings command,
                RequestContext caller, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var settings = await mediator.Send(
                    command.For<ChangeEnrollmentSettings>(EnrollmentSettingsRecord.StreamId(caller.TenantId), request.ExpectedVersion()), ct);
                response.SetETag(settings.Version);
                return TypedResults.Ok(EnrollmentSettingsResponse.From(settings));
            })
            .WithName("ChangeEnrollmentSettings")
            .WithMetadata(new RequestExample("""
                {"servicePeriodMonths":12,"passiveAfterDays":30}
                """))
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

public sealed class ChangeEnrollmentSettingsHandler(EventStreams streams) : ICommandHandler<ChangeEnrollmentSettings, EnrollmentSettingsRecord>
{
    public async ValueTask<EnrollmentSettingsRecord> Handle(ChangeEnrollmentSettings command, CancellationToken ct)
    {
        await streams.DecideOrStart<EnrollmentRules>(command.TargetId, command.ExpectedVersion,
            (current, context) => ChangeEnrollmentSettings.Decide(current, command, context), ct);
        return await EnrollmentSettingsRecord.LoadAsync(streams.Reads, streams.Context.TenantId, ct);
    }
}
