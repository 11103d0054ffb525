using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Enrollment.Clients.InterviewingForIntake;

/// <summary>A coach records the intake interview: open questions, goals and resources in the client's own words.</summary>
public sealed record RecordIntakeInterview(
    DateTimeOffset HeldAt,
    [property: System.ComponentModel.DataAnnotations.Required] MeetingMode? Mode,
    [property: System.ComponentModel.DataAnnotations.Required] IReadOnlyList<OpenQuestion>? Needs,
    [property: System.ComponentModel.DataAnnotations.Required, Text(1000, Multiline = true)] IReadOnlyList<string>? Goals,
    [property: Text(4000, Multiline = true)] string Resources,
    [property: System.ComponentModel.DataAnnotations.Required] CoachingMode? PreferredMode,
    IReadOnlyList<RiskFactor>? ConfirmedRiskFactors) : ClientCommand
{
    public sealed class Validator : AbstractValidator<RecordIntakeInterview>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.HeldAt).NotEmpty().Must(at => at <= time.GetUtcNow().AddMinutes(5))
                .WithMessage("An interview is recorded once it has been held.");
            RuleFor(c => c.Mode).NotNull().IsInEnum();
            RuleFor(c => c.Needs).NotEmpty().WithMessage("Record at least one open question and the client's answer.")
                .Must(n => n!.Count <= 50).WithMessage("At most 50 questions.");
            RuleForEach(c => c.Needs).NotNull().ChildRules(q =>
            {
                q.RuleFor(x => x.Question).NotEmpty();
                q.RuleFor(x => x.Answer).NotEmpty();
            });
            RuleFor(c => c.Goals).NotEmpty().WithMessage("Record the client's own goals, in their words.")
                .Must(g => g!.Count <= 20).WithMessage("At most 20 goals.");
            RuleForEach(c => c.Goals).NotEmpty();
            RuleFor(c => c.Resources).NotEmpty();
            RuleFor(c => c.PreferredMode).NotNull().IsInEnum();
            RuleFor(c => c.ConfirmedRiskFactors).Must(r => r is null || r.Count <= 20).WithMessage("At most 20 risk factors.");
            RuleForEach(c => c.ConfirmedRiskFactors).IsInEnum();
        }
    }

    public static Decision Decide(ClientJourney journey, RecordIntakeInterview command, CommandContext context) =>
        Decision.Of(new IntakeInterviewHeld(journey.Id, command.HeldAt, command.Mode!.Value, command.Needs!,
            command.Goals!, command.Resources.Trim(), command.PreferredMode!.Value,
            [.. (command.ConfirmedRiskFactors ?? []).Distinct()], context.UserId, context.Now));

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapClientCommand<RecordIntakeInterview>("intake-interview")
            .WithName("RecordIntakeInterview")
            .WithMetadata(new RequestExample("""
                {"heldAt":"2025-03-01T10:00:00+02:00","mode":"face-to-face","needs":[{"question":"What would you like to change?","answer":"I want to sleep better and walk more."}],"goals":["Walk 30 minutes a day"],"resources":"Evenings are free; a supportive partner.","preferredMode":"hybrid","confirmedRiskFactors":["physical-inactivity"]}
                """))
            .WithSummary("Record the intake interview")
            .WithDescription("Needs as open questions and answers, goals and resources in the client's own words, the " +
                             "preferred coaching mode and the risk factors confirmed. Roles: coach (own or unassigned " +
                             "clients), org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin);
}

public sealed class RecordIntakeInterviewHandler(EventStreams streams) : ICommandHandler<RecordIntakeInterview, JourneyChanged>
{
    public ValueTask<JourneyChanged> Handle(RecordIntakeInterview command, CancellationToken ct) =>
        streams.DecideOnJourney(command, RecordIntakeInterview.Decide, ct);
}
