using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.ReadinessAssessment.Contracts;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Enrollment.Settings;
using Mediator;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.Activating;

/// <summary>
/// The responsible coach starts the service period. It needs an intake interview, a responsible coach, and a
/// latest readiness recommendation of "proceed"; a coach may go ahead without one only by saying why.
/// </summary>
public sealed record ActivateService([property: Text(2000, Multiline = true)] string? OverrideReason) : ClientCommand
{
    public const string IntakeMissing = "intake-interview-missing";
    public const string CoachMissing = "responsible-coach-missing";
    public const string NotProceed = "readiness-recommendation-not-proceed";
    public const string NotReferred = "client-already-activated";

    public static Decision Decide(ClientJourney journey, ActivateService command, EnrollmentSettingsRecord settings, CommandContext context)
    {
        if (journey.Status != ClientStatus.Referred)
            throw new DomainRuleException(NotReferred, $"The client's service is already under way ({journey.Status}).");
        if (!journey.IntakeHeld)
            throw new DomainRuleException(IntakeMissing, "Hold and record the intake interview before activating the service.");
        if (journey.CoachId is null)
            throw new DomainRuleException(CoachMissing, "Assign a responsible coach before activating the service.");

        var overrideReason = string.IsNullOrWhiteSpace(command.OverrideReason) ? null : command.OverrideReason.Trim();
        var recommendation = journey.LatestRecommendation switch
        {
            ReadinessRecommendation.Proceed => ReadinessRecommendationAtActivation.Proceed,
            ReadinessRecommendation.TimeOut => ReadinessRecommendationAtActivation.TimeOut,
            ReadinessRecommendation.Discuss => ReadinessRecommendationAtActivation.Discuss,
            _ => ReadinessRecommendationAtActivation.None,
        };
        if (recommendation != ReadinessRecommendationAtActivation.Proceed && overrideReason is null)
        {
            throw new DomainRuleException(NotProceed, recommendation == ReadinessRecommendationAtActivation.None
                ? "The client has no readiness assessment yet. Assess readiness, or give an overrideReason."
                : $"The latest readiness recommendation is '{recommendation}', not 'proceed'. Give an overrideReason to activate anyway.");
        }

        var endsOn = DateOnly.FromDateTime(context.Now.UtcDateTime).AddMonths(settings.ServicePeriodMonths);
        return Decision.Of(new ServiceActivated(journey.Id, context.Now, endsOn, settings.PassiveAfterDays, recommendation,
                recommendation == ReadinessRecommendationAtActivation.Proceed ? null : overrideReason, context.UserId))
            .Announcing(journey.Id, new ClientServiceActivated(context.TenantId, journey.Id, context.Now, endsOn));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand("activation", whenNoBody: new ActivateService(OverrideReason: null))
            .WithName("ActivateService")
            .WithMetadata(new RequestExample("""
                {"overrideReason":"Assessed in person; the client is motivated."}
                """))
            .WithSummary("Start the client's service period")
            .WithDescription("Requires an intake interview, a responsible coach and a latest readiness recommendation of " +
                             "'proceed'; otherwise give overrideReason, which is recorded. 409 types: intake-interview-missing, " +
                             "responsible-coach-missing, readiness-recommendation-not-proceed, client-already-activated, journey-closed " +
                             "(urn:coachingbackend:problem:<type>). Roles: the responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin);
}

public sealed class ActivateServiceHandler(EventStreams streams) : ICommandHandler<ActivateService, JourneyChanged>
{
    public async ValueTask<JourneyChanged> Handle(ActivateService command, CancellationToken ct)
    {
        var settings = await EnrollmentSettingsRecord.LoadAsync(streams.Reads, streams.Context.TenantId, ct);
        return await streams.DecideOnJourney(command, (journey, c, context) => ActivateService.Decide(journey, c, settings, context), ct);
    }
}
