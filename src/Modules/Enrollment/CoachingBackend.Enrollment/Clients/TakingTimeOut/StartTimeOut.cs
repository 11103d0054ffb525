using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.TakingTimeOut;

/// <summary>
/// Pauses the service (aikalisä) when the timing is wrong for the client, with the date they mean to return by.
/// If that date passes without a resumption, the coach gets a follow-up.
/// </summary>
public sealed record StartTimeOut([property: Text(2000, Multiline = true)] string Reason, DateOnly ReturnBy) : ClientCommand
{
    public const string NotActive = "client-not-active";

    public sealed class Validator : AbstractValidator<StartTimeOut>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.Reason).NotEmpty();
            RuleFor(c => c.ReturnBy).Must(d => d > DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
                .WithMessage("The return-by date must be in the future.");
            RuleFor(c => c.ReturnBy).Must(d => d <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddYears(2))
                .WithMessage("A time-out lasts at most two years; discharge the client instead.");
        }
    }

    public static Decision Decide(ClientJourney journey, StartTimeOut command, CommandContext context) =>
        journey.Status == ClientStatus.Active
            ? Decision.Of(new TimeOutStarted(journey.Id, command.Reason.Trim(), command.ReturnBy, context.UserId, context.Now))
                .Announcing(journey.Id, new ClientTimeOutStarted(context.TenantId, journey.Id, command.ReturnBy, context.Now))
            : throw new DomainRuleException(NotActive, $"Only an active service can be paused; the client is {journey.Status}.");

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand<StartTimeOut>("time-out")
            .WithName("StartTimeOut")
            .WithSummary("Pause the service for a time-out")
            .WithDescription("409 types: client-not-active, journey-closed. Roles: the responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin);
}

public sealed class StartTimeOutHandler(EventStreams streams) : ICommandHandler<StartTimeOut, JourneyChanged>
{
    public ValueTask<JourneyChanged> Handle(StartTimeOut command, CancellationToken ct) =>
        streams.DecideOnJourney(command, StartTimeOut.Decide, ct);
}
