using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Measurements.PreferringSources;

/// <summary>The order in which a client's sources are preferred for the day's figure was set (empty: the highest value wins).</summary>
[EventMeaning("The client's preferred order of measurement sources (devices, apps) for their daily figures was set.")]
public sealed record MeasurementSourcesPreferred(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    [property: Personal(PersonalData.Omitted)] IReadOnlyList<string> Order,
    [property: Personal(PersonalData.Omitted)] string ChangedBy,
    DateTimeOffset At);
