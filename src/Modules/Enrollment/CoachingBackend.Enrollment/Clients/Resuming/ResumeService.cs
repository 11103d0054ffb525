using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using Mediator;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.Resuming;

/// <summary>The client returns from a time-out and the service goes on.</summary>
public sealed record ResumeService([property: Text(2000, Multiline = true)] string? Note) : ClientCommand
{
    public const string NotOnTimeOut = "client-not-on-time-out";

    public static Decision Decide(ClientJourney journey, ResumeService command, CommandContext context) =>
        journey.Status == ClientStatus.OnTimeOut
            ? Decision.Of(new ServiceResumed(journey.Id, command.Note?.Trim(), context.UserId, context.Now))
                .Announcing(journey.Id, new ClientServiceResumed(context.TenantId, journey.Id, context.Now))
            : throw new DomainRuleException(NotOnTimeOut, $"Only a client on a time-out can resume; the client is {journey.Status}.");

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand("resumption", whenNoBody: new ResumeService(Note: null))
            .WithName("ResumeService")
            .WithMetadata(new RequestExample("""
                {"note":"Back from the summer break."}
                """))
            .WithSummary("Resume the service after a time-out")
            .WithDescription("The body may be left out when there is no note. 409 types: client-not-on-time-out, journey-closed. Roles: the responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin);
}

public sealed class ResumeServiceHandler(EventStreams streams) : ICommandHandler<ResumeService, JourneyChanged>
{
    public ValueTask<JourneyChanged> Handle(ResumeService command, CancellationToken ct) =>
        streams.DecideOnJourney(command, ResumeService.Decide, ct);
}
