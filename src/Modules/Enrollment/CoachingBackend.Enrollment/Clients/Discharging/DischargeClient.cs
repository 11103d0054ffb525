using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Coaches;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Enrollment.FollowUps;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.Discharging;

/// <summary>
/// Ends the relationship deliberately with a discharge summary. The journey is closed from then on, and the
/// coach's place is freed.
/// </summary>
public sealed record DischargeClient([property: System.ComponentModel.DataAnnotations.Required] DischargeReason? Reason, string Summary) : ICommand<JourneyChanged>
{
    [JsonIgnore] public Guid ClientId { get; init; }
    [JsonIgnore] public long? ExpectedVersion { get; init; }

    public sealed class Validator : AbstractValidator<DischargeClient>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotNull().IsInEnum();
            RuleFor(c => c.Summary).NotEmpty().MaximumLength(8000);
        }
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand<DischargeClient>("discharge", (c, id, version) => c with { ClientId = id, ExpectedVersion = version })
            .WithName("DischargeClient")
            .WithSummary("Discharge the client and close the journey")
            .WithDescription("Any later command on the client answers 409 urn:coachingbackend:problem:journey-closed. " +
                             "Roles: the responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin);
}

public sealed class DischargeClientHandler(EventStreams streams, RequestContext caller, TimeProvider time)
    : ICommandHandler<DischargeClient, JourneyChanged>
{
    public async ValueTask<JourneyChanged> Handle(DischargeClient command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        Guid? coachId = null;
        var changed = await streams.Act(caller, command.ClientId, command.ExpectedVersion, journey =>
        {
            // The intake pool is open to every coach for intake, but closing someone's journey is not.
            if (!caller.IsInRole(Roles.OrgAdmin) && journey.CoachUserId != caller.UserId)
                throw new ForbiddenException("Only the client's responsible coach or an org-admin may discharge them.");
            coachId = journey.CoachId;
            var discharged = new ClientDischarged(journey.Id, command.Reason!.Value, command.Summary.Trim(), journey.CoachId, caller.UserId, now);
            // Open follow-ups are moot once the client has left.
            var closed = journey.OpenFollowUps.Select(id => (object)new FollowUpCompleted(journey.Id, id, FollowUpOutcome.Other,
                "Closed by the client's discharge.", caller.UserId, now));
            return new Decision([discharged, .. closed], [])
                .Publishing(new ClientLeftService(caller.TenantId, journey.Id, BuildingBlocks.Json.JsonDefaults.Name(discharged.Reason), now));
        }, ct, beforeCommit: async session =>
        {
            if (coachId is { } coach)
            {
                var caseload = await session.Events.FetchForExclusiveWriting<Coach>(coach, ct);
                caseload.AppendOne(new CaseloadPlaceFreed(coach, command.ClientId, "discharged", now));
            }
        });
        return changed;
    }
}
