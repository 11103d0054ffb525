using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Enrollment.Coaches;
using CoachingBackend.Enrollment.Contracts;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.AssigningCoach;

/// <summary>
/// Assigns or re-assigns the client's responsible coach. The new coach must have a free place; a
/// re-assignment frees the old coach's place. Both coaches' caseloads are locked while deciding, so two
/// assignments racing for a last place cannot both win.
/// </summary>
public sealed record AssignCoach(Guid CoachId) : ClientCommand
{
    public sealed class Validator : AbstractValidator<AssignCoach>
    {
        public Validator() => RuleFor(c => c.CoachId).NotEmpty();
    }

    /// <summary>The caseloads the decision needs locked: the new coach's and the current one's.</summary>
    public static IEnumerable<Guid?> Caseloads(ClientJourney journey, AssignCoach command) => [command.CoachId, journey.CoachId];

    public static Decision Decide(LockedStreams<ClientJourney, Coach> caseloads, AssignCoach command, CommandContext context)
    {
        var journey = caseloads.State;
        if (journey.CoachId == command.CoachId) return Decision.None;
        var coach = caseloads.Other(command.CoachId)
                    ?? throw new ValidationException([new ValidationFailure("coachId", "No such coach in your organisation.")]);

        var decision = Decision.Of(new CoachAssigned(journey.Id, coach.Id, coach.UserId, journey.CoachId, context.Now))
            .AppendingTo(coach.Id, coach.TakePlace(journey.Id, context.Now))
            .Announcing(journey.Id, new ResponsibleCoachChanged(context.TenantId, journey.Id, coach.Id, coach.UserId, context.Now));
        return journey.CoachId is { } previous
            ? decision.AppendingTo(previous, new CaseloadPlaceFreed(previous, journey.Id, "reassigned", context.Now))
            : decision;
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand<AssignCoach>("coach", "PUT")
            .WithName("AssignCoach")
            .WithSummary("Assign or re-assign the client's responsible coach")
            .WithDescription("Refused with 409 urn:coachingbackend:problem:coach-capacity-full when the coach's caseload is " +
                             "full (or journey-closed after discharge). Roles: org-admin; a coach for an unassigned client or their own.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach);
}

public sealed class AssignCoachHandler(EventStreams streams) : ICommandHandler<AssignCoach, JourneyChanged>
{
    public ValueTask<JourneyChanged> Handle(AssignCoach command, CancellationToken ct) =>
        streams.DecideWithCaseloads(command, journey => AssignCoach.Caseloads(journey, command), AssignCoach.Decide, ct);
}
