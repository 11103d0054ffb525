using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Measurements.Ingesting;

/// <summary>
/// One batch from a client's app or a gateway changed what is on file: <paramref name="New"/> items new,
/// <paramref name="Corrected"/> sent again with another value, <paramref name="Unchanged"/> re-sent as they were. The
/// items themselves are documents (ADR 18); this one event per batch is what the journey and the activity rule see.
/// </summary>
[EventMeaning("A batch of wearable measurements for a client was synced: how many items were new, corrected and unchanged, of which metrics and days.")]
public sealed record MeasurementsSynced(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    int New,
    int Corrected,
    int Unchanged,
    IReadOnlyList<Metric> Metrics,
    DateOnly FirstDay,
    DateOnly LastDay,
    [property: Personal(PersonalData.Omitted)] IReadOnlyList<string> Sources,
    [property: Personal(PersonalData.Omitted)] string SyncedBy,
    DateTimeOffset At);
