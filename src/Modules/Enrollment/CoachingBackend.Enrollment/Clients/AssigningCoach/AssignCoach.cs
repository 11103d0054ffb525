using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Coaches;
using CoachingBackend.Enrollment.Contracts;
using FluentValidation;
using JasperFx.Events;
using FluentValidation.Results;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.AssigningCoach;

/// <summary>
/// Assigns or re-assigns the client's responsible coach. The new coach must have a free place; a
/// re-assignment frees the old coach's place. Both coaches' caseloads are locked while deciding, so two
/// assignments racing for a last place cannot both win.
/// </summary>
public sealed record AssignCoach(Guid CoachId) : ICommand<JourneyChanged>
{
    [JsonIgnore] public Guid ClientId { get; init; }
    [JsonIgnore] public long? ExpectedVersion { get; init; }

    public sealed class Validator : AbstractValidator<AssignCoach>
    {
        public Validator() => RuleFor(c => c.CoachId).NotEmpty();
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand<AssignCoach>("coach", (c, id, version) => c with { ClientId = id, ExpectedVersion = version }, "PUT")
            .WithName("AssignCoach")
            .WithSummary("Assign or re-assign the client's responsible coach")
            .WithDescription("Refused with 409 urn:coachingbackend:problem:coach-capacity-full when the coach's caseload is " +
                             "full (or journey-closed after discharge). Roles: org-admin; a coach for an unassigned client or their own.")
            .AllowRoles(Roles.OrgAdmin, Roles.Coach);
}

public sealed class AssignCoachHandler(EventStreams streams, RequestContext caller, TimeProvider time)
    : ICommandHandler<AssignCoach, JourneyChanged>
{
    public async ValueTask<JourneyChanged> Handle(AssignCoach command, CancellationToken ct)
    {
        var session = streams.Session;
        var client = await streams.FetchExisting<ClientJourney>(command.ClientId, command.ExpectedVersion, ct);
        var journey = client.Aggregate!;
        journey.EnsureOpenTo(caller);
        if (journey.CoachId == command.CoachId) return new JourneyChanged(command.ClientId, client.CurrentVersion ?? 0);

        // Lock caseloads in id order, so that two re-assignments between the same coaches cannot deadlock.
        var coachIds = new[] { command.CoachId, journey.CoachId }.OfType<Guid>().Order().ToList();
        var caseloads = new Dictionary<Guid, IEventStream<Coach>>();
        foreach (var id in coachIds) caseloads[id] = await session.Events.FetchForExclusiveWriting<Coach>(id, ct);

        var newCoach = caseloads[command.CoachId].Aggregate
                       ?? throw new ValidationException([new ValidationFailure("coachId", "No such coach in your organisation.")]);
        var now = time.GetUtcNow();
        caseloads[command.CoachId].AppendOne(newCoach.TakePlace(command.ClientId, now));
        if (journey.CoachId is { } previous)
        {
            caseloads[previous].AppendOne(new CaseloadPlaceFreed(previous, command.ClientId, "reassigned", now));
        }
        client.AppendOne(new CoachAssigned(command.ClientId, newCoach.Id, newCoach.UserId, journey.CoachId, now));

        await streams.Commit(Decision.Of().Publishing(
            new ResponsibleCoachChanged(caller.TenantId, command.ClientId, newCoach.Id, newCoach.UserId, now)), ct);
        return new JourneyChanged(command.ClientId, (client.StartingVersion ?? 0) + 1);
    }
}
