using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Courses.Contracts;
using CoachingBackend.Courses.Enrolments.Browsing;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Courses.Enrolments.Completing;

/// <summary>
/// The client marks a step done, with their answer where the step asks for one; the course's mode decides whether it may
/// be done now. Done twice with the same answer changes nothing. The last required step completes the course, once.
/// </summary>
public sealed record CompleteStep([property: Text(4000, Multiline = true)] string? Answer) : RoutedCommand<EnrolmentResponse>
{
    /// <summary>The step's key, from the route.</summary>
    [JsonIgnore] public string StepKey { get; init; } = "";

    public sealed class Validator : AbstractValidator<CompleteStep>;

    public static Decision Decide(Enrolment e, CompleteStep command, CommandContext context)
    {
        if (!context.Caller.IsTheClient(e.ClientId)) throw new ForbiddenException("Only the client themself may do the steps of their course.");
        if (e.Status == EnrolmentStatus.Ended) throw ClientProblems.JourneyClosed();
        var step = e.Steps.FirstOrDefault(s => s.Key == command.StepKey && e.IsVisible(s))
                   ?? throw new NotFoundException("step", command.StepKey);
        var answer = step.AsksForAnswer ? command.Answer?.Trim() : null;
        if (step.AsksForAnswer && string.IsNullOrEmpty(answer))
            throw new ValidationException([new ValidationFailure("answer", "This step asks for your answer.")]);

        if (e.DoneOf(step.Key) is { } done) return done.Answer == answer ? Decision.None : throw EnrolmentProblems.StepDone(step.Key);
        switch (e.StateOf(step, context.Now))
        {
            case StepState.Locked when e.OpensAt(step) is { } opensAt && context.Now < opensAt:
                throw EnrolmentProblems.StepNotOpen(step.Key, opensAt);
            case StepState.Locked:
                throw EnrolmentProblems.StepLocked(step.Key);
            case StepState.Closed:
                throw EnrolmentProblems.StepClosed(step.Key);
        }

        var completed = new CourseStepCompleted(e.Id, e.ClientId, e.CourseId, step.Key, answer, context.Now);
        var decision = Decision.Of(completed).Publishing(CourseJourney.Entry(context, e.ClientId, e.Id, e.Version + 1, "course-step-completed",
            $"Step \"{step.Title}\" of course \"{e.CourseTitle}\" done.", clientsOwnDoing: true));
        // Judged on the state as loaded (never changed here): this step done, is every required step?
        var allDone = e.Steps.Where(s => s.CountsForCompletion).All(s => s.Key == step.Key || e.DoneOf(s.Key) is not null);
        if (e.Status != EnrolmentStatus.Active || !allDone) return decision;

        // The first time every required step is done: the course is completed, and said so exactly once.
        return new Decision([.. decision.Events, new CourseEnrolmentCompleted(e.Id, e.ClientId, e.CourseId, e.CourseVersion, context.Now)],
                decision.IntegrationEvents, [])
            .Publishing(new CourseCompleted(context.TenantId, e.ClientId, e.Id, e.CourseId, e.CourseVersion, e.CourseTitle, context.Now),
                CourseJourney.Entry(context, e.ClientId, e.Id, e.Version + 2, "course-completed",
                    $"Course \"{e.CourseTitle}\" completed: all {e.RequiredTotal()} required steps done."));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrolments/{enrolmentId:guid}/steps/{stepId}/completion", async Task<Ok<EnrolmentResponse>> (Guid enrolmentId,
                string stepId, CompleteStep command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var enrolment = await mediator.Send(command.For<CompleteStep>(enrolmentId, null) with { StepKey = stepId }, ct);
                response.SetETag(enrolment.Version);
                return TypedResults.Ok(enrolment);
            })
            .WithName("CompleteStep")
            .WithMetadata(new RequestExample("""
                {"answer":"I read on the sofa until eleven, then scroll my phone in bed."}
                """))
            .WithTags("Course enrolments")
            .WithSummary("Mark a step done, with the answer where the step asks for one")
            .WithDescription("stepId is the step's key. Free flow: any order. Defined order: 409 step-locked while a required " +
                             "step before it is not done. Timed windows: 409 step-not-open before the opening, step-closed after " +
                             "the closing. The same step again with the same answer changes nothing; with another answer 409 " +
                             "step-done. 409 journey-closed after discharge. When the last required step is done the course is " +
                             "completed. Roles: the client themself.")
            .AllowRoles(Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class CompleteStepHandler(EventStreams streams, TimeProvider time) : ICommandHandler<CompleteStep, EnrolmentResponse>
{
    public async ValueTask<EnrolmentResponse> Handle(CompleteStep command, CancellationToken ct)
    {
        await streams.Decide<Enrolment>(command.TargetId, null, (e, context) => CompleteStep.Decide(e, command, context), ct);
        return EnrolmentResponse.From((await streams.Reads.LoadAsync<EnrolmentRecord>(command.TargetId, ct))!, time.GetUtcNow(), staff: false);
    }
}
