using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.RecordingMeetings;

/// <summary>A face-to-face or remote meeting with the client, held or missed: both kinds make the hybrid model.</summary>
public sealed record RecordMeeting(
    DateTimeOffset PlannedAt,
    [property: System.ComponentModel.DataAnnotations.Required] MeetingMode? Mode,
    [property: System.ComponentModel.DataAnnotations.Required] MeetingOutcome? Outcome,
    string? Notes)
    : ICommand<JourneyChanged>
{
    [JsonIgnore] public Guid ClientId { get; init; }
    [JsonIgnore] public long? ExpectedVersion { get; init; }

    public sealed class Validator : AbstractValidator<RecordMeeting>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.PlannedAt).NotEmpty();
            RuleFor(c => c.PlannedAt).Must(at => at <= time.GetUtcNow().AddMinutes(5))
                .When(c => c.Outcome is not null).WithMessage("A meeting is recorded as held or missed once its time has come.");
            RuleFor(c => c.Mode).NotNull().IsInEnum();
            RuleFor(c => c.Outcome).NotNull().IsInEnum();
            RuleFor(c => c.Notes).MaximumLength(4000);
        }
    }

    public static Decision Decide(RecordMeeting command, string recordedBy, DateTimeOffset now) =>
        Decision.Of(new MeetingRecorded(command.ClientId, Guid.CreateVersion7(now), command.PlannedAt, command.Mode!.Value,
            command.Outcome!.Value, command.Notes?.Trim(), recordedBy, now));

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand<RecordMeeting>("meetings", (c, id, version) => c with { ClientId = id, ExpectedVersion = version })
            .WithName("RecordMeeting")
            .WithSummary("Record a meeting with the client")
            .WithDescription("A held meeting counts as the client's own activity. Roles: coach (own or unassigned clients), org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin);
}

public sealed class RecordMeetingHandler(EventStreams streams, RequestContext caller, TimeProvider time)
    : ICommandHandler<RecordMeeting, JourneyChanged>
{
    public async ValueTask<JourneyChanged> Handle(RecordMeeting command, CancellationToken ct) =>
        await streams.Act(caller, command.ClientId, command.ExpectedVersion,
            _ => RecordMeeting.Decide(command, caller.UserId, time.GetUtcNow()), ct);
}
