using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Measurements;
using CoachingBackend.Programs.Measurements.Ingesting;
using CoachingBackend.Programs.Reminders;
using CoachingBackend.Programs.Settings;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.Programs.Challenges.Setting;

/// <summary>
/// The responsible coach sets the client a challenge: a metric's daily target on <see cref="DaysRequired"/> of
/// <see cref="WindowDays"/> days from <see cref="StartsOn"/> (7,000 steps on 5 of 7 days). Its progress follows the
/// daily figures as they arrive; a window already met by the figures on file is reached at once.
/// </summary>
/// <param name="StartsOn">The window's first day; the organisation's today when not given.</param>
public sealed record SetChallenge(
    [property: Required] Metric? Metric,
    [property: Required] decimal? DailyTarget,
    [property: Required] int? DaysRequired,
    [property: Required] int? WindowDays,
    DateOnly? StartsOn) : RoutedCommand<ChallengeResponse>
{
    public const int MaxWindowDays = 90;

    [JsonIgnore] public Guid ClientId => TargetId;

    public sealed class Validator : AbstractValidator<SetChallenge>
    {
        public Validator()
        {
            RuleFor(c => c.Metric).NotNull().IsInEnum();
            RuleFor(c => c.WindowDays).NotNull().InclusiveBetween(1, MaxWindowDays);
            RuleFor(c => c.DaysRequired).NotNull().GreaterThanOrEqualTo(1)
                .LessThanOrEqualTo(c => c.WindowDays ?? MaxWindowDays).WithMessage("Must be between 1 and the window's days.");
            RuleFor(c => c.DailyTarget).NotNull();
            RuleFor(c => c.DailyTarget).Must((c, target) => target > MetricRules.Of(c.Metric!.Value).Min && target <= MetricRules.Of(c.Metric!.Value).Max)
                .When(c => c.Metric is { } m && Enum.IsDefined(m) && c.DailyTarget is not null)
                .WithMessage(c => $"Must be above {MetricRules.Of(c.Metric!.Value).Min} and at most {MetricRules.Of(c.Metric!.Value).Max} {MetricRules.Of(c.Metric!.Value).Unit}.");
        }
    }

    /// <param name="figures">The de-duplicated daily figures on file of the challenge's metric in its window.</param>
    public static Decision Decide(ClientMeasurements? state, Guid challengeId, SetChallenge command, KnownClient client, DateOnly startsOn,
        IReadOnlyList<DailyFigure> figures, int notificationsThisWeek, ProgramsSettingsRecord settings, CommandContext context)
    {
        if (client.Status == ServiceStatus.Left) throw ClientProblems.JourneyClosed();
        var set = new ChallengeSet(challengeId, client.Id, command.Metric!.Value, command.DailyTarget!.Value, command.DaysRequired!.Value,
            command.WindowDays!.Value, startsOn, context.UserId, context.Now);
        var challenge = new Challenge(challengeId, set.Metric, set.DailyTarget, set.DaysRequired, set.WindowDays, startsOn, null);
        var version = state?.Version ?? 0;
        var events = new List<object> { set };
        var journey = new List<JourneyEntryContributed>
        {
            new(context.TenantId, client.Id, "programs", "challenge-set", $"Challenge set: {challenge.Goal}", ClientMeasurements.StreamId(client.Id),
                version + 1, context.Now, IsClientsOwnDoing: false),
        };
        journey.AddRange(ChallengeOutcome.AddReached(events, [challenge], client.Id, version,
            new Dictionary<Metric, List<DailyFigure>> { [challenge.Metric] = [.. figures] }, notificationsThisWeek, settings.RemindersPerWeek,
            IngestMeasurements.LocalDay(context.Now, settings.ToTimeZoneInfo()), context));
        return new Decision(events, [.. journey], []);
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/challenges", async Task<Created<ChallengeResponse>> (
                Guid clientId, SetChallenge command, IMediator mediator, CancellationToken ct) =>
            {
                var challenge = await mediator.Send(command.For<SetChallenge>(clientId, null), ct);
                return TypedResults.Created($"/api/v1/clients/{clientId}/challenges", challenge);
            })
            .WithName("SetChallenge")
            .WithMetadata(new RequestExample("""
                {"metric":"steps","dailyTarget":7000,"daysRequired":5,"windowDays":7,"startsOn":"2025-03-03"}
                """))
            .WithTags("Challenges")
            .WithSummary("Set a client a challenge")
            .WithDescription("A metric's dailyTarget on daysRequired of windowDays days (1–90) from startsOn (the organisation's today " +
                             "by default). Progress is computed from the de-duplicated daily figures as data arrives (late data and " +
                             "corrections included); reaching it is recorded, appears in the journey and, within the weekly cap " +
                             "on notifications (remindersPerWeek, shared with reminders), in the client's feed. 409 journey-closed once " +
                             "the client has left the service. Roles: the client's responsible coach, org-admin.")
            .AllowRoles(Roles.Coach, Roles.OrgAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class SetChallengeHandler(EventStreams streams) : ICommandHandler<SetChallenge, ChallengeResponse>
{
    public async ValueTask<ChallengeResponse> Handle(SetChallenge command, CancellationToken ct)
    {
        var reads = streams.Reads;
        var client = await ClientAccess.EnsureResponsibleAsync(reads, streams.Context.Caller, command.ClientId, ct);
        var settings = await ProgramsSettingsRecord.LoadAsync(reads, streams.Context.TenantId, ct);
        var today = IngestMeasurements.LocalDay(streams.Context.Now, settings.ToTimeZoneInfo());
        var startsOn = command.StartsOn ?? today;
        var streamId = ClientMeasurements.StreamId(client.Id);
        var figures = await Measurements.Reading.DailyFigures.ReadAsync(reads, client.Id, command.Metric!.Value, startsOn,
            startsOn.AddDays(command.WindowDays!.Value - 1), ct);
        var week = ReminderTimes.WeekOf(today);
        var notifications = await reads.Query<NotificationRecord>().CountAsync(n => n.ClientId == client.Id && n.Week == week, ct);
        var challengeId = Guid.CreateVersion7(streams.Context.Now);
        await streams.DecideOrStart<ClientMeasurements>(streamId, null, (state, context) =>
            SetChallenge.Decide(state, challengeId, command, client, startsOn, figures, notifications, settings, context), ct);
        var record = (await reads.LoadAsync<ClientMeasurementsRecord>(streamId, ct))!.Challenges.Single(c => c.Id == challengeId);
        return ChallengeResponse.From(record, figures);
    }
}
