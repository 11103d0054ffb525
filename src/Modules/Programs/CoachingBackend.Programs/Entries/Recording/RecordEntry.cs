using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Programs.ClientProgrammes;
using CoachingBackend.Programs.ClientProgrammes.Doing;
using CoachingBackend.Programs.Clients;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ValidationException = FluentValidation.ValidationException;

namespace CoachingBackend.Programs.Entries.Recording;

/// <summary>
/// The client writes an entry: an activity of their calendar done, a note, their mood (1–5) or a measurement taken by
/// hand. It is the client's own doing, so it counts as activity for the passive-client rule, and it reaches the
/// journey as a one-line summary.
/// </summary>
/// <param name="OccurredAt">When it happened; now when not given.</param>
/// <param name="CalendarActivityId">The calendar activity done; required for, and only for, activity-done.</param>
public sealed record RecordEntry(
    [property: Required] EntryKind? Kind,
    [property: Text(4000, Multiline = true)] string? Text,
    int? Mood,
    MeasurementInput? Measurement,
    DateTimeOffset? OccurredAt,
    Guid? CalendarActivityId) : RoutedCommand<EntryResponse>
{
    [JsonIgnore] public Guid ClientId => TargetId;

    public sealed class Validator : AbstractValidator<RecordEntry>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.OccurredAt).Must(at => at <= time.GetUtcNow().AddMinutes(5))
                .When(c => c.OccurredAt is not null).WithMessage("An entry is of something that has happened: not in the future.");

            RuleFor(c => c.CalendarActivityId).NotNull().When(c => c.Kind == EntryKind.ActivityDone)
                .WithMessage("Say which calendar activity was done.");
            RuleFor(c => c.CalendarActivityId).Null().When(c => c.Kind is not null and not EntryKind.ActivityDone)
                .WithMessage("Only an activity-done entry names a calendar activity.");
            RuleFor(c => c.Text).NotEmpty().When(c => c.Kind == EntryKind.Note).WithMessage("A note needs its text.");
            RuleFor(c => c.Mood).NotNull().InclusiveBetween(1, 5).When(c => c.Kind == EntryKind.Mood);
            RuleFor(c => c.Mood).Null().When(c => c.Kind is not null and not EntryKind.Mood).WithMessage("Only a mood entry has a mood.");
            RuleFor(c => c.Measurement).NotNull().When(c => c.Kind == EntryKind.Measurement);
            RuleFor(c => c.Measurement).Null().When(c => c.Kind is not null and not EntryKind.Measurement)
                .WithMessage("Only a measurement entry has a measurement.");
            When(c => c.Kind == EntryKind.Measurement && c.Measurement is not null, MeasurementRules);
        }

        /// <summary>Sane ranges for what a person measures at home; anything outside is a typing slip.</summary>
        private void MeasurementRules()
        {
            RuleFor(c => c.Measurement!.Kind).NotNull().IsInEnum();
            RuleFor(c => c.Measurement!.Value).NotNull().InclusiveBetween(20m, 400m).When(c => c.Measurement!.Kind == MeasurementKind.Weight)
                .WithMessage("Weight must be between 20 and 400 kg.");
            RuleFor(c => c.Measurement!.Value).NotNull().InclusiveBetween(30m, 300m).When(c => c.Measurement!.Kind == MeasurementKind.Waist)
                .WithMessage("Waist must be between 30 and 300 cm.");
            RuleFor(c => c.Measurement!.Value).Null().When(c => c.Measurement!.Kind == MeasurementKind.BloodPressure)
                .WithMessage("Blood pressure is given as systolic and diastolic.");
            When(c => c.Measurement!.Kind == MeasurementKind.BloodPressure, () =>
            {
                RuleFor(c => c.Measurement!.Systolic).NotNull().InclusiveBetween(60, 260).WithMessage("Systolic must be between 60 and 260 mmHg.");
                RuleFor(c => c.Measurement!.Diastolic).NotNull().InclusiveBetween(30, 160).WithMessage("Diastolic must be between 30 and 160 mmHg.");
                RuleFor(c => c.Measurement!.Systolic).GreaterThan(c => c.Measurement!.Diastolic)
                    .When(c => c.Measurement!.Systolic is not null && c.Measurement.Diastolic is not null)
                    .WithMessage("Systolic must be above diastolic.");
            }).Otherwise(() =>
            {
                RuleFor(c => c.Measurement!.Systolic).Null().WithMessage("Only blood pressure has a systolic figure.");
                RuleFor(c => c.Measurement!.Diastolic).Null().WithMessage("Only blood pressure has a diastolic figure.");
            });
        }
    }

    /// <summary>Pure: the entry as an event, and its journey entry (the client's own doing, at the moment they recorded it).</summary>
    public static Decision Decide(Guid entryId, RecordEntry command, KnownClient client, CalendarActivityCheck calendar, CommandContext context)
    {
        if (client.Status == ServiceStatus.Left) throw ClientProblems.JourneyClosed();
        if (calendar == CalendarActivityCheck.NotTheClients)
            throw new ValidationException([new ValidationFailure("calendarActivityId", "Is not an activity of this client's calendar.")]);

        var now = context.Now;
        var kind = command.Kind!.Value;
        var measurement = command.Measurement?.ToMeasurement();
        var recorded = new EntryRecorded(entryId, client.Id, kind, string.IsNullOrWhiteSpace(command.Text) ? null : command.Text.Trim(),
            command.Mood, measurement, command.CalendarActivityId, command.OccurredAt ?? now, context.UserId, now);
        // Activity is when the client acted (recorded it), not the time they gave: a back-dated entry still counts.
        return Decision.Of(recorded).Publishing(new JourneyEntryContributed(context.TenantId, client.Id, "programs", "entry-recorded",
            EntrySummary.Of(kind, command.Mood, measurement), entryId, 1, now, IsClientsOwnDoing: true));
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/entries", async Task<Created<EntryResponse>> (
                Guid clientId, RecordEntry command, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var entry = await mediator.Send(command.For<RecordEntry>(clientId, null), ct);
                response.SetETag(entry.Version);
                return TypedResults.Created($"/api/v1/entries/{entry.EntryId}", entry);
            })
            .WithName("RecordEntry")
            .WithMetadata(new RequestExample("""
                {"kind":"measurement","measurement":{"kind":"blood-pressure","systolic":132,"diastolic":84},"occurredAt":"2025-03-03T07:30:00+02:00","text":"Before breakfast."}
                """))
            .WithTags("Entries")
            .WithMetadata(new VersionedResource(AcceptsIfMatch: false))
            .WithSummary("Record an entry: an activity done, a note, a mood or a measurement")
            .WithDescription("kind is activity-done (calendarActivityId required), note (text required), mood (mood 1–5) or " +
                             "measurement (weight 20–400 kg or waist 30–300 cm as value; blood-pressure as systolic 60–260 over " +
                             "diastolic 30–160 mmHg). Counts as the client's activity and appears in the journey as a one-line " +
                             "summary. 409 journey-closed once the client has left the service. Roles: the client themself.")
            .AllowRoles(Roles.Client)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class RecordEntryHandler(EventStreams streams) : ICommandHandler<RecordEntry, EntryResponse>
{
    public async ValueTask<EntryResponse> Handle(RecordEntry command, CancellationToken ct)
    {
        var client = await ClientAccess.EnsureIsTheClientAsync(streams.Reads, streams.Context.Caller, command.ClientId, ct);
        var entryId = Guid.CreateVersion7(streams.Context.Now);
        if (command.CalendarActivityId is { } activityId)
        {
            var programmeId = await CalendarActivities.ProgrammeOfAsync(streams.Reads, command.ClientId, activityId, ct);
            if (programmeId is null)
                RecordEntry.Decide(entryId, command, client, CalendarActivityCheck.NotTheClients, streams.Context);
            await streams.Decide<ClientProgramme>(programmeId!.Value, null, (programme, context) => DoActivity.Decide(programme, activityId,
                entryId, RecordEntry.Decide(entryId, command, client, CalendarActivityCheck.TheClients, context), context), ct);
        }
        else
        {
            await streams.Start<Entry>(entryId, context => RecordEntry.Decide(entryId, command, client, CalendarActivityCheck.NotChecked, context), ct);
        }
        return EntryResponse.From((await streams.Reads.LoadAsync<EntryRecord>(entryId, ct))!);
    }
}
