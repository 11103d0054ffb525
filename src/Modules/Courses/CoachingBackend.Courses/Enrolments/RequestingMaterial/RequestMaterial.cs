using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Problems;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Enrolments.RequestingMaterial;

/// <summary>
/// The client asks their coach for more material when what the course gave is not enough (the sources), in their own
/// words. The coach answers it from their list of open requests.
/// </summary>
public sealed record RequestMaterial([property: Text(2000, Multiline = true)] string Text) : RoutedCommand<MaterialRequestView>
{
    public sealed class Validator : AbstractValidator<RequestMaterial>
    {
        public Validator() => RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Say what you would need.");
    }

    public static Decision Decide(Enrolment e, Guid requestId, RequestMaterial command, CommandContext context)
    {
        if (!context.Caller.IsTheClient(e.ClientId)) throw new ForbiddenException("Only the client themself asks for more material.");
        if (e.Status == EnrolmentStatus.Ended) throw ClientProblems.JourneyClosed();
        return Decision.Of(new CourseMaterialRequested(e.Id, e.ClientId, requestId, e.CourseId, e.CourseTitle, command.Text.Trim(), context.Now))
            .Publishing(CourseJourney.Entry(context, e.ClientId, e.Id, e.Version + 1, "course-material-requested",
                $"Asked for more material in course \"{e.CourseTitle}\".", clientsOwnDoing: true));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrolments/{enrolmentId:guid}/material-requests", async Task<Created<MaterialRequestView>> (Guid enrolmentId,
                RequestMaterial command, IMediator mediator, CancellationToken ct) =>
            {
                var request = await mediator.Send(command.For<RequestMaterial>(enrolmentId, null), ct);
                return TypedResults.Created($"/api/v1/enrolments/{enrolmentId}", request);
            })
            .WithName("RequestMaterial")
            .WithMetadata(new RequestExample("""
                {"text":"The sleep texts were good, but I work night shifts. Is there something for that?"}
                """))
            .WithTags("Course enrolments")
            .WithSummary("Ask the coach for more material")
            .WithDescription("In the client's own words. The coach's answer shows in the enrolment's materialRequests. 409 " +
                             "journey-closed after discharge. Roles: the client themself.")
            .AllowRoles(Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class RequestMaterialHandler(EventStreams streams) : ICommandHandler<RequestMaterial, MaterialRequestView>
{
    public async ValueTask<MaterialRequestView> Handle(RequestMaterial command, CancellationToken ct)
    {
        var requestId = Guid.CreateVersion7(streams.Context.Now);
        await streams.Decide<Enrolment>(command.TargetId, null, (e, context) => RequestMaterial.Decide(e, requestId, command, context), ct);
        return (await streams.Reads.LoadAsync<EnrolmentRecord>(command.TargetId, ct))!.MaterialRequests.Single(r => r.RequestId == requestId);
    }
}
