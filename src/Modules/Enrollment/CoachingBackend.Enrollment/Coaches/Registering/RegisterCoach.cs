using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Coaches.Registering;

/// <summary>An org-admin registers a coach with the capacity of their caseload.</summary>
/// <param name="UserId">The coach's user id (their token's subject), which ties their sign-in to their caseload.</param>
/// <param name="Capacity">How many clients the coach carries at most; 80 when not given (the sources say 60–80).</param>
public sealed record RegisterCoach(string Name, string UserId, int? Capacity) : ICommand<CoachResponse>
{
    public const int DefaultCapacity = 80;

    public sealed class Validator : AbstractValidator<RegisterCoach>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty();
            RuleFor(c => c.UserId).NotEmpty();
            RuleFor(c => c.Capacity).InclusiveBetween(1, 500).When(c => c.Capacity is not null);
        }
    }

    public static Guid CoachIdOf(string tenantId, string userId) => StableIds.From("coach", tenantId, userId);

    public static Decision Decide(Guid coachId, RegisterCoach command, CommandContext context) =>
        Decision.Of(new CoachRegistered(coachId, command.Name.Trim(), command.UserId, command.Capacity ?? DefaultCapacity, context.Now));

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/coaches", async (RegisterCoach command, IMediator mediator, CancellationToken ct) =>
            {
                var coach = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/coaches/{coach.CoachId}", coach);
            })
            .WithName("RegisterCoach")
            .WithMetadata(new RequestExample("""
                {"name":"Anna Coach","userId":"coach-anna","capacity":60}
                """))
            .WithTags("Coaches")
            .WithSummary("Register a coach")
            .WithDescription("A user id may be registered as a coach once (409 coach-already-registered). Roles: org-admin.")
            .AllowRoles(Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class RegisterCoachHandler(EventStreams streams) : ICommandHandler<RegisterCoach, CoachResponse>
{
    private static DomainRuleException AlreadyRegistered(string userId) =>
        new("coach-already-registered", $"User '{userId}' is already registered as a coach.");

    public async ValueTask<CoachResponse> Handle(RegisterCoach command, CancellationToken ct)
    {
        if (await streams.Reads.Query<CoachRecord>().AnyAsync(c => c.UserId == command.UserId, ct))
            throw AlreadyRegistered(command.UserId);

        // One coach per user: the coach's id follows from the organisation and user id, so two registrations racing
        // for the same user start the same stream and the second fails instead of creating a twin.
        var coachId = RegisterCoach.CoachIdOf(streams.Context.TenantId, command.UserId);
        try
        {
            await streams.Start<Coach>(coachId, context => RegisterCoach.Decide(coachId, command, context), ct);
        }
        catch (Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            throw AlreadyRegistered(command.UserId);
        }
        return CoachResponse.From((await streams.Reads.LoadAsync<CoachRecord>(coachId, ct))!);
    }
}
