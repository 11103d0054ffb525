using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Persistence.Durability.DeadLetterManagement;

namespace CoachingBackend.Host.Operations.DeadLetters;

/// <summary>An org-admin re-queues a dead letter once its fault is mended.</summary>
public sealed record ReplayDeadLetter(Guid Id) : ICommand
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/{id:guid}/replay", async Task<Accepted> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ReplayDeadLetter(id), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithName("ReplayDeadLetter")
            .WithSummary("Re-queue a dead letter for handling")
            .WithDescription("Marks the message for replay; Wolverine moves it back to its queue within moments and handles it again. " +
                             "If it fails again it comes back as a dead letter. Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class ReplayDeadLetterHandler(OrganisationDeadLetters deadLetters, RequestContext caller) : ICommandHandler<ReplayDeadLetter>
{
    public async ValueTask<Unit> Handle(ReplayDeadLetter command, CancellationToken ct)
    {
        await deadLetters.FindAsync(caller.TenantId, command.Id);
        await deadLetters.Store.ReplayAsync(new DeadLetterEnvelopeQuery { MessageIds = [command.Id] }, ct);
        return Unit.Value;
    }
}
