using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.RecordingMeetings;

/// <summary>A face-to-face or remote meeting with the client, held or missed: both kinds make the hybrid model.</summary>
public sealed record RecordMeeting(
    DateTimeOffset PlannedAt,
    [property: System.ComponentModel.DataAnnotations.Required] MeetingMode? Mode,
    [property: System.ComponentModel.DataAnnotations.Required] MeetingOutcome? Outcome,
    [property: Text(4000, Multiline = true)] string? Notes)
    : ClientCommand
{
    public sealed class Validator : AbstractValidator<RecordMeeting>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.PlannedAt).NotEmpty();
            RuleFor(c => c.PlannedAt).Must(at => at <= time.GetUtcNow().AddMinutes(5))
                .When(c => c.Outcome is not null).WithMessage("A meeting is recorded as held or missed once its time has come.");
            RuleFor(c => c.Mode).NotNull().IsInEnum();
            RuleFor(c => c.Outcome).NotNull().IsInEnum();
        }
    }

    public static Decision Decide(ClientJourney journey, RecordMeeting command, CommandContext context) =>
        Decision.Of(new MeetingRecorded(journey.Id, Guid.CreateVersion7(context.Now), command.PlannedAt, command.Mode!.Value,
            command.Outcome!.Value, command.Notes?.Trim(), context.UserId, context.Now));

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand<RecordMeeting>("meetings")
            .WithName("RecordMeeting")
            .WithMetadata(new RequestExample("""
                {"plannedAt":"2025-03-03T09:00:00+02:00","mode":"remote","outcome":"held","notes":"Walked through the week's plan."}
                """))
            .WithSummary("Record a meeting with the client")
            .WithDescription("A held meeting counts as the client's own activity. Roles: coach (own or unassigned clients), org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin);
}

public sealed class RecordMeetingHandler(EventStreams streams) : ICommandHandler<RecordMeeting, JourneyChanged>
{
    public ValueTask<JourneyChanged> Handle(RecordMeeting command, CancellationToken ct) =>
        streams.DecideOnJourney(command, RecordMeeting.Decide, ct);
}
