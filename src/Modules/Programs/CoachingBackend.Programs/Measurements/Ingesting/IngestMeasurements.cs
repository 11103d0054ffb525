using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Problems;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Programs.Challenges;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Reminders;
using CoachingBackend.Programs.Settings;
using FluentValidation;
using FluentValidation.Results;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using System.Text.Json.Serialization;
using ValidationException = FluentValidation.ValidationException;

namespace CoachingBackend.Programs.Measurements.Ingesting;

/// <summary>
/// A batch of up to 1,000 measurements from the client's app or the organisation's gateway, all or nothing. Idempotent:
/// an item is keyed by client, source, metric and day (or sample id), so a re-sent item changes nothing, another value
/// for the same key is a correction, and a whole batch retried after a time-out adds no duplicates.
/// </summary>
public sealed record IngestMeasurements([property: Required] IReadOnlyList<MeasurementItemInput>? Items) : RoutedCommand<IngestResult>
{
    public const int MaxItems = 1000;

    [JsonIgnore] public Guid ClientId => TargetId;

    public sealed class Validator : AbstractValidator<IngestMeasurements>
    {
        public Validator()
        {
            RuleFor(c => c.Items).NotEmpty().Must(items => items!.Count <= MaxItems)
                .WithMessage($"A batch holds at most {MaxItems:#,0} items: send the rest in another batch.");
            // Every bad item is reported, not only the first: a gateway fixes the batch in one round.
            // Items that plainly pass are not run through the rules again (MeasurementItemInput.Validator.IsPlainlyValid).
            RuleForEach(c => c.Items).Where(i => !MeasurementItemInput.Validator.IsPlainlyValid(i))
                .Cascade(CascadeMode.Continue).NotNull().SetValidator(new MeasurementItemInput.Validator()).When(c => c.Items is { Count: <= MaxItems });
        }
    }

    /// <summary>
    /// Pure: the items new or corrected (documents, upserted by key), the days' per-source figures they change, one
    /// <see cref="MeasurementsSynced"/> with its journey entry (the client's own doing), and any challenge now reached.
    /// Nothing at all when every item was on file as sent.
    /// </summary>
    public static Decision Decide(ClientMeasurements? state, IngestMeasurements command, KnownClient client, MeasurementsOnFile onFile,
        ProgramsSettingsRecord settings, CommandContext context)
    {
        if (client.Status == ServiceStatus.Left) throw ClientProblems.JourneyClosed();
        var zone = settings.ToTimeZoneInfo();
        var today = LocalDay(context.Now, zone);
        var incoming = IncomingMeasurement.ReadAll(command.Items!, client.Id, zone);
        Refuse(incoming, today, client.ReferredAt is { } referred ? LocalDay(referred, zone) : null);

        var items = new Dictionary<Guid, MeasurementItem>(onFile.Items);
        var changed = new Dictionary<Guid, MeasurementItem>();
        var touched = new HashSet<(Metric, DateOnly, string)>();
        int added = 0, corrected = 0, unchanged = 0;
        foreach (var item in incoming)
        {
            var before = items.GetValueOrDefault(item.Key);
            if (before is not null && before.Value == item.Value && before.Day == item.Day)
            {
                unchanged++;
                continue;
            }
            var after = item.ToItem(client.Id, context.Now);
            if (before is null) added++;
            else
            {
                corrected++;
                after.ReceivedAt = before.ReceivedAt;
                after.Corrections = before.Corrections + 1;
                after.PreviousValue = before.Value;
                after.CorrectedAt = context.Now;
                touched.Add((before.Metric, before.Day, before.Source));
            }
            items[item.Key] = changed[item.Key] = after;
            touched.Add((item.Metric, item.Day, item.Source));
        }
        if (changed.Count == 0) return Decision.None;

        var daily = new Dictionary<Guid, DailyFigureRecord>(onFile.Daily);
        var dailyChanged = Refigure(touched, items.Values, daily, client.Id, context.Now);
        var synced = new MeasurementsSynced(client.Id, added, corrected, unchanged,
            [.. changed.Values.Select(i => i.Metric).Distinct().Order()], changed.Values.Min(i => i.Day), changed.Values.Max(i => i.Day),
            [.. changed.Values.Select(i => i.Source).Distinct().Order(StringComparer.Ordinal)], context.UserId, context.Now);
        var version = state?.Version ?? 0;
        var events = new List<object> { synced };
        var journey = new List<JourneyEntryContributed>
        {
            new(context.TenantId, client.Id, "programs", "measurements-synced", Summary(synced), ClientMeasurements.StreamId(client.Id),
                version + 1, context.Now, IsClientsOwnDoing: true),
        };
        var figures = daily.Values.GroupBy(d => d.Metric).ToDictionary(g => g.Key,
            g => g.Select(d => DailyFigure.Choose(d, state?.PreferredSources ?? [])).OfType<DailyFigure>().ToList());
        journey.AddRange(ChallengeOutcome.AddReached(events, state?.Challenges ?? [], client.Id, version, figures, onFile.NotificationsThisWeek,
            settings.RemindersPerWeek, today, context));

        return new Decision(events, [.. journey], []).Upserting(changed.Values).Upserting(dailyChanged);
    }

    /// <summary>"Synced 14 items: steps, sleep-minutes; 2026-11-02 – 2026-11-08": counts, metrics and days, never the values.</summary>
    public static string Summary(MeasurementsSynced synced)
    {
        var count = synced.New + synced.Corrected;
        var days = synced.FirstDay == synced.LastDay ? $"{synced.FirstDay:yyyy-MM-dd}" : $"{synced.FirstDay:yyyy-MM-dd} – {synced.LastDay:yyyy-MM-dd}";
        var corrections = synced.Corrected > 0 ? $" ({synced.Corrected} corrected)" : "";
        return $"Synced {count} item{(count == 1 ? "" : "s")}{corrections}: {string.Join(", ", synced.Metrics.Select(JsonDefaults.Name))}; {days}";
    }

    /// <summary>Days in the future or before the client was referred are refused item by item (<c>items[17].day</c>).</summary>
    private static void Refuse(IReadOnlyList<IncomingMeasurement> incoming, DateOnly today, DateOnly? referredOn)
    {
        var failures = new List<ValidationFailure>();
        foreach (var item in incoming)
        {
            if (item.Day > today)
                failures.Add(new($"items[{item.Index}].day", $"{item.Day:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd} in the organisation's time zone)."));
            else if (item.Day < referredOn)
                failures.Add(new($"items[{item.Index}].day", $"{item.Day:yyyy-MM-dd} is before the client was referred ({referredOn:yyyy-MM-dd})."));
        }
        if (failures.Count > 0) throw new ValidationException(failures);
    }

    /// <summary>
    /// Recomputes the figures of each touched (metric, day, source) from its items; a day's other sources keep the figure
    /// on file (a day with no record on file is figured from all its items). Returns the records that changed.
    /// </summary>
    private static List<DailyFigureRecord> Refigure(HashSet<(Metric Metric, DateOnly Day, string Source)> touched, IEnumerable<MeasurementItem> items,
        Dictionary<Guid, DailyFigureRecord> daily, Guid clientId, DateTimeOffset now)
    {
        var days = touched.Select(t => (t.Metric, t.Day)).ToHashSet();
        var byDay = items.Where(i => days.Contains((i.Metric, i.Day))).ToLookup(i => (i.Metric, i.Day));
        var changed = new List<DailyFigureRecord>();
        foreach (var (metric, day) in days)
        {
            var rules = MetricRules.Of(metric);
            var id = DailyFigureRecord.KeyOf(clientId, metric, day);
            var before = daily.GetValueOrDefault(id);
            var figured = byDay[(metric, day)]
                .Where(i => before is null || touched.Contains((metric, day, i.Source)))
                .GroupBy(i => i.Source)
                .Select(g => new SourceValue(g.Key, DailyFigure.OfSource(g, rules)));
            var kept = before?.Sources.Where(s => !touched.Contains((metric, day, s.Source))) ?? [];
            var sources = kept.Concat(figured).OrderBy(s => s.Source, StringComparer.Ordinal).ToList();
            if (before is not null && before.Sources.SequenceEqual(sources)) continue;
            var record = new DailyFigureRecord { Id = id, ClientId = clientId, Metric = metric, Day = day, Sources = sources, UpdatedAt = now };
            daily[id] = record;
            changed.Add(record);
        }
        return changed;
    }

    public static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/clients/{clientId:guid}/measurements", async Task<Ok<IngestResult>> (
                Guid clientId, IngestMeasurements command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command.For<IngestMeasurements>(clientId, null), ct)))
            .WithName("IngestMeasurements")
            .WithMetadata(new RequestExample("""
                {"items":[{"metric":"steps","value":8412,"day":"2025-03-03","source":"garmin:fenix-7:ab12"},{"metric":"sleep-minutes","value":436,"startAt":"2025-03-02T23:05:00+02:00","endAt":"2025-03-03T06:21:00+02:00","source":"garmin:fenix-7:ab12","sampleId":"sleep-20250303"},{"metric":"weight","value":182.5,"unit":"lb","day":"2025-03-03","source":"withings:body:9f3"}]}
                """))
            .WithTags("Measurements")
            .WithSummary("Send a batch of wearable measurements (up to 1,000 items)")
            .WithDescription("All or nothing: one invalid item refuses the batch with 400, its errors keyed by item (items[17].value). " +
                             "metric is steps (0–100,000 a day), active-minutes and sleep-minutes (0–1,440), resting-heart-rate " +
                             "(20–250 bpm) or weight (20–400 kg; unit kg or lb). Give the day (the client's local date in the " +
                             "organisation's time zone) or startAt and endAt (the day is endAt's). Days in the future or before the " +
                             "referral are refused. Idempotent: an item is keyed by client, source, metric and day, or by sampleId " +
                             "when given; the same item again is unchanged, another value for its key a correction (recorded), so a " +
                             "retried batch adds nothing. The answer counts new, corrected and unchanged items. One journey entry " +
                             "per batch that changed anything; it counts as the client's activity. " + DailyFigure.Rule +
                             " 404 for a client of another organisation; 409 journey-closed once the client has left the service. " +
                             "Roles: the client themself, integration (the organisation's wearable gateway, for any of its clients).")
            .AllowRoles(Roles.Client, Roles.Integration)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithBodyProblems()
            .WithCommonProblems();
}

public sealed class IngestMeasurementsHandler(EventStreams streams) : ICommandHandler<IngestMeasurements, IngestResult>
{
    public async ValueTask<IngestResult> Handle(IngestMeasurements command, CancellationToken ct)
    {
        var reads = streams.Reads;
        var client = await MeasurementAccess.EnsureCanPostAsync(reads, streams.Context.Caller, command.ClientId, ct);
        var settings = await ProgramsSettingsRecord.LoadAsync(reads, streams.Context.TenantId, ct);
        var zone = settings.ToTimeZoneInfo();
        var incoming = IncomingMeasurement.ReadAll(command.Items!, client.Id, zone);
        var streamId = ClientMeasurements.StreamId(client.Id);
        var state = await reads.LoadAsync<ClientMeasurements>(streamId, ct);
        var onFile = await ReadOnFileAsync(reads, client.Id, incoming, state, streams.Context.Now, zone, ct);

        Decision? decided = null;
        await streams.DecideOrStart<ClientMeasurements>(streamId, null, (current, context) =>
            decided = IngestMeasurements.Decide(current, command, client, onFile, settings, context), ct);
        var synced = decided?.Events.OfType<MeasurementsSynced>().SingleOrDefault();
        return synced is null
            ? new IngestResult(incoming.Count, 0, 0, incoming.Count)
            : new IngestResult(incoming.Count, synced.New, synced.Corrected, synced.Unchanged);
    }

    /// <summary>Two index range reads on (client, day) and one by key: never the client's whole history.</summary>
    private static async Task<MeasurementsOnFile> ReadOnFileAsync(IQuerySession reads, Guid clientId, IReadOnlyList<IncomingMeasurement> incoming,
        ClientMeasurements? state, DateTimeOffset now, TimeZoneInfo zone, CancellationToken ct)
    {
        var from = incoming.Min(i => i.Day);
        var to = incoming.Max(i => i.Day);
        // Only the batch's sources: a day's other sources keep their figures on file (Refigure), so their items are not read.
        var sources = incoming.Select(i => i.Source).Distinct().ToArray();
        var items = (await reads.Query<MeasurementItem>()
                .Where(i => i.ClientId == clientId && i.Day >= from && i.Day <= to && i.Source.IsOneOf(sources)).ToListAsync(ct))
            .ToDictionary(i => i.Id);
        // A sample sent again with another day: its old day's items are needed too, to refigure that day.
        var elsewhere = incoming.Where(i => i.SampleId is not null && !items.ContainsKey(i.Key)).Select(i => i.Key).ToArray();
        if (elsewhere.Length > 0)
        {
            var moved = await reads.LoadManyAsync<MeasurementItem>(ct, elsewhere);
            var days = moved.Select(m => m.Day).Distinct().ToArray();
            if (days.Length > 0)
                foreach (var item in await reads.Query<MeasurementItem>()
                             .Where(i => i.ClientId == clientId && i.Day.IsOneOf(days) && i.Source.IsOneOf(sources)).ToListAsync(ct))
                    items[item.Id] = item;
        }
        var (spanFrom, spanTo) = MeasurementsOnFile.Span([.. incoming.Select(i => i.Day), .. items.Values.Select(i => i.Day)], state);
        var daily = (await reads.Query<DailyFigureRecord>().Where(d => d.ClientId == clientId && d.Day >= spanFrom && d.Day <= spanTo)
            .ToListAsync(ct)).ToDictionary(d => d.Id);
        var week = ReminderTimes.WeekOf(IngestMeasurements.LocalDay(now, zone));
        var notifications = await reads.Query<NotificationRecord>().CountAsync(n => n.ClientId == clientId && n.Week == week, ct);
        return new MeasurementsOnFile(items, daily, notifications);
    }
}
