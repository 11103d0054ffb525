using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Courses.Clients;
using CoachingBackend.Courses.Definitions;
using CoachingBackend.Courses.Materials;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Enrolments.FulfillingRequests;

/// <summary>
/// The client's responsible coach answers a request for more material: unlocks extra steps of the course for this
/// client, adds an item of the bank to their enrolment (pinned now, as an extra step), or both, with a note the client
/// reads. Answered again with the same note: nothing changes.
/// </summary>
public sealed record FulfilMaterialRequest(
    [property: MaxLength(50)] IReadOnlyList<string>? UnlockSteps,
    Guid? MaterialId,
    [property: Text(2000, Multiline = true)] string Note) : RoutedCommand<MaterialRequestView>
{
    public sealed class Validator : AbstractValidator<FulfilMaterialRequest>
    {
        public Validator()
        {
            RuleFor(c => c.Note).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write the client a note.");
            RuleFor(c => c).Must(c => (c.UnlockSteps?.Count ?? 0) > 0 || c.MaterialId is not null).WithName("unlockSteps")
                .WithMessage("Unlock at least one extra step or add a material item.");
        }
    }

    public static Decision Decide(Enrolment e, Guid requestId, FulfilMaterialRequest command, KnownClient client, KnownMaterial? material,
        CommandContext context)
    {
        if (!context.Caller.IsResponsibleFor(client.CoachUserId))
            throw new ForbiddenException("Only the client's responsible coach (or an org-admin) answers their requests.");
        var request = e.Requests.FirstOrDefault(r => r.RequestId == requestId) ?? throw new NotFoundException("material request", requestId);
        var note = command.Note.Trim();
        if (request.FulfilmentNote is { } answered) return answered == note ? Decision.None : throw EnrolmentProblems.RequestFulfilled();
        if (e.Status == EnrolmentStatus.Ended) throw ClientProblems.JourneyClosed();

        var unlock = (command.UnlockSteps ?? []).Distinct().ToList();
        var failures = unlock.Select((key, i) => (key, i))
            .Where(x => !e.Steps.Any(s => s.Key == x.key && s.IsExtra))
            .Select(x => new ValidationFailure($"unlockSteps[{x.i}]", $"'{x.key}' is no extra step of this course."))
            .ToList();
        if (command.MaterialId is { } id && material is null)
            failures.Add(new ValidationFailure("materialId", "No material item with this id is in the organisation's bank."));
        if (failures.Count > 0) throw new FluentValidation.ValidationException(failures);
        if (material is { IsRetired: true }) throw CourseProblems.MaterialRetired($"request-{request.Ordinal}", material.Id);

        var added = material is null ? null
            : new PublishedStep($"request-{request.Ordinal}", material.Title, null, material.Pin(), Required: false, AsksForAnswer: false,
                IsExtra: true, Window: null);
        return Decision.Of(new CourseMaterialRequestFulfilled(e.Id, e.ClientId, requestId, unlock, added, note, context.UserId, context.Now))
            .Publishing(CourseJourney.Entry(context, e.ClientId, e.Id, e.Version + 1, "course-material-request-fulfilled",
                $"More material given in course \"{e.CourseTitle}\": {unlock.Count + (added is null ? 0 : 1)} extra step(s)."));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/material-requests/{requestId:guid}/fulfilment", async Task<Ok<MaterialRequestView>> (Guid requestId,
                FulfilMaterialRequest command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command.For<FulfilMaterialRequest>(requestId, null), ct)))
            .WithName("FulfilMaterialRequest")
            .WithMetadata(new RequestExample("""
                {"unlockSteps":["night-shift-sleep"],"materialId":null,"note":"Here is the part on sleeping after night shifts."}
                """))
            .WithTags("Course enrolments")
            .WithSummary("Answer a request for more material: unlock extra steps or add a material item")
            .WithDescription("unlockSteps names extra steps of the course (400 for any other key); materialId adds an item of the " +
                             "bank to this client's enrolment as an extra step, pinned at its current revision (409 " +
                             "material-retired). 409 material-request-fulfilled when answered already with another note; " +
                             "journey-closed after discharge. Roles: the client's responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class FulfilMaterialRequestHandler(EventStreams streams) : ICommandHandler<FulfilMaterialRequest, MaterialRequestView>
{
    public async ValueTask<MaterialRequestView> Handle(FulfilMaterialRequest command, CancellationToken ct)
    {
        var request = await streams.Reads.LoadAsync<MaterialRequestRecord>(command.TargetId, ct)
                      ?? throw new NotFoundException("material request", command.TargetId);
        var client = await ClientAccess.FindAsync(streams.Reads, request.ClientId, ct);
        var material = command.MaterialId is { } id ? await streams.Reads.LoadAsync<KnownMaterial>(id, ct) : null;
        await streams.Decide<Enrolment>(request.EnrolmentId, null,
            (e, context) => FulfilMaterialRequest.Decide(e, command.TargetId, command, client, material, context), ct);
        return (await streams.Reads.LoadAsync<EnrolmentRecord>(request.EnrolmentId, ct))!.MaterialRequests.Single(r => r.RequestId == command.TargetId);
    }
}
