using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Clients.AssigningCoach;
using CoachingBackend.Enrollment.Coaches;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Enrollment.FollowUps.Completing;
using CoachingBackend.Enrollment.FollowUps;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.Discharging;

/// <summary>
/// Ends the relationship deliberately with a discharge summary. The journey is closed from then on, and the
/// coach's place is freed.
/// </summary>
public sealed record DischargeClient([property: System.ComponentModel.DataAnnotations.Required] DischargeReason? Reason, [property: Text(8000, Multiline = true)] string Summary)
    : ClientCommand
{
    public sealed class Validator : AbstractValidator<DischargeClient>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotNull().IsInEnum();
            RuleFor(c => c.Summary).NotEmpty();
        }
    }

    /// <summary>The caseload the decision frees a place in: the responsible coach's.</summary>
    public static IEnumerable<Guid?> Caseloads(ClientJourney journey) => [journey.CoachId];

    public static Decision Decide(LockedStreams<ClientJourney, Coach> caseloads, DischargeClient command, CommandContext context)
    {
        var journey = caseloads.State;
        // The intake pool is open to every coach for intake, but closing someone's journey is not.
        if (!context.Caller.IsResponsibleFor(journey.CoachUserId))
            throw new ForbiddenException("Only the client's responsible coach or an org-admin may discharge them.");

        var discharged = new ClientDischarged(journey.Id, command.Reason!.Value, command.Summary.Trim(), journey.CoachId, context.UserId, context.Now);
        // Open follow-ups are moot once the client has left.
        var closed = journey.OpenFollowUps.Select(id => (object)new FollowUpCompleted(journey.Id, id, FollowUpOutcome.Other,
            "Closed by the client's discharge.", context.UserId, context.Now));
        var decision = new Decision([discharged, .. closed], [], [])
            .Announcing(journey.Id, new ClientLeftService(context.TenantId, journey.Id, JsonDefaults.Name(discharged.Reason), context.Now));
        return journey.CoachId is { } coach
            ? decision.AppendingTo(coach, new CaseloadPlaceFreed(coach, journey.Id, "discharged", context.Now))
            : decision;
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand<DischargeClient>("discharge")
            .WithName("DischargeClient")
            .WithMetadata(new RequestExample("""
                {"reason":"completed","summary":"Reached the goals set at intake."}
                """))
            .WithSummary("Discharge the client and close the journey")
            .WithDescription("Any later command on the client answers 409 urn:coachingbackend:problem:journey-closed. " +
                             "Roles: the responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin);
}

public sealed class DischargeClientHandler(EventStreams streams) : ICommandHandler<DischargeClient, JourneyChanged>
{
    public ValueTask<JourneyChanged> Handle(DischargeClient command, CancellationToken ct) =>
        streams.DecideWithCaseloads(command, DischargeClient.Caseloads, DischargeClient.Decide, ct);
}
