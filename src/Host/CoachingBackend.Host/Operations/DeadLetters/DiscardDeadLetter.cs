using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Persistence.Durability.DeadLetterManagement;

namespace CoachingBackend.Host.Operations.DeadLetters;

/// <summary>An org-admin discards a dead letter for good: it is never handled.</summary>
public sealed record DiscardDeadLetter(Guid Id) : ICommand
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DiscardDeadLetter(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DiscardDeadLetter")
            .WithSummary("Discard a dead letter")
            .WithDescription("Deletes the message for good; it is never handled. Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithCommonProblems();
}

public sealed class DiscardDeadLetterHandler(OrganisationDeadLetters deadLetters, RequestContext caller) : ICommandHandler<DiscardDeadLetter>
{
    public async ValueTask<Unit> Handle(DiscardDeadLetter command, CancellationToken ct)
    {
        await deadLetters.FindAsync(caller.TenantId, command.Id);
        await deadLetters.Store.DiscardAsync(new DeadLetterEnvelopeQuery { MessageIds = [command.Id] }, ct);
        return Unit.Value;
    }
}
