using CoachingBackend.BuildingBlocks.Input;
using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Clients;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.FollowUps.Completing;

/// <summary>The coach did what the follow-up asked (or tried): the outcome goes into the client's journey.</summary>
public sealed record CompleteFollowUp([property: System.ComponentModel.DataAnnotations.Required] FollowUpOutcome? Outcome, [property: Text(4000, Multiline = true)] string? Note)
    : RoutedCommand<JourneyChanged>
{
    [JsonIgnore] public Guid FollowUpId => TargetId;

    public const string AlreadyCompleted = "follow-up-already-completed";

    public sealed class Validator : AbstractValidator<CompleteFollowUp>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).NotNull().IsInEnum();
        }
    }

    public static Decision Decide(ClientJourney journey, CompleteFollowUp command, CommandContext context) =>
        journey.OpenFollowUps.Contains(command.FollowUpId)
            ? Decision.Of(new FollowUpCompleted(journey.Id, command.FollowUpId, command.Outcome!.Value, command.Note?.Trim(), context.UserId, context.Now))
            : throw new DomainRuleException(AlreadyCompleted, "This follow-up has already been completed.");

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/follow-ups/{followUpId:guid}/completion", async Task<Ok<JourneyChanged>> (Guid followUpId,
                CompleteFollowUp command, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var changed = await mediator.Send(command.For<CompleteFollowUp>(followUpId, request.ExpectedVersion()), ct);
                response.SetETag(changed.Version);
                return TypedResults.Ok(changed);
            })
            .WithName("CompleteFollowUp")
            .WithMetadata(new RequestExample("""
                {"outcome":"contacted","note":"Called; a new meeting is booked."}
                """))
            .WithTags("Follow-ups")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: true))
            .WithSummary("Complete a follow-up with its outcome")
            .WithDescription("If-Match takes the client's journey version (the client's ETag). 409 types: follow-up-already-completed, " +
                             "journey-closed. Roles: the client's responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class CompleteFollowUpHandler(EventStreams streams) : ICommandHandler<CompleteFollowUp, JourneyChanged>
{
    public async ValueTask<JourneyChanged> Handle(CompleteFollowUp command, CancellationToken ct)
    {
        var followUp = await streams.Reads.LoadAsync<FollowUpRecord>(command.FollowUpId, ct)
                       ?? throw new NotFoundException("follow-up", command.FollowUpId);
        // Discharge completes the open follow-ups, so one open on a closed journey was asked for after it (a late reply to
        // an end-of-service survey): the responsible coach may still complete it.
        return new JourneyChanged(followUp.ClientId, await streams.Decide<ClientJourney>(followUp.ClientId, command.ExpectedVersion,
            (journey, context) =>
            {
                if (journey.IsClosed && journey.OpenFollowUps.Contains(command.FollowUpId))
                {
                    if (!context.Caller.IsStaffFor(journey.CoachUserId))
                        throw new ForbiddenException("This client has another responsible coach; only they or an org-admin may act.");
                }
                else journey.EnsureOpenTo(context.Caller);
                return CompleteFollowUp.Decide(journey, command, context);
            }, ct));
    }
}
