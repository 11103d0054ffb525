namespace CoachingBackend.Programs.Measurements;

/// <summary>
/// One raw item as a source sent it, kept for good (GET .../measurements). Its id is its natural key (client, source,
/// metric and day, or client, source, metric and sample id): a re-sent item lands on itself. A document, not an event:
/// the volume driver of a national deployment (docs/adr/0018-wearable-measurements.md).
/// </summary>
public sealed class MeasurementItem
{
    public Guid Id { get; set; }
    public Guid ClientId { get; set; }
    public Metric Metric { get; set; }
    /// <summary>The client's local date (the organisation's time zone) the value belongs to.</summary>
    public DateOnly Day { get; set; }
    /// <summary>In the metric's stored unit (<see cref="MetricRules.Unit"/>).</summary>
    public decimal Value { get; set; }
    public string Source { get; set; } = "";
    public string? SampleId { get; set; }
    public DateTimeOffset? StartAt { get; set; }
    public DateTimeOffset? EndAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>How many times a source sent another value for this key, the last at <see cref="CorrectedAt"/>.</summary>
    public int Corrections { get; set; }
    public decimal? PreviousValue { get; set; }
    public DateTimeOffset? CorrectedAt { get; set; }

    /// <summary>The natural key: by sample id when the source gives one, else by day.</summary>
    public static Guid KeyOf(Guid clientId, string source, Metric metric, DateOnly day, string? sampleId) => sampleId is null
        ? CoachingBackend.BuildingBlocks.EventSourcing.StableIds.From("measurement", clientId.ToString(), source, metric.ToString(), day.ToString("O"))
        : CoachingBackend.BuildingBlocks.EventSourcing.StableIds.From("measurement-sample", clientId.ToString(), source, metric.ToString(), sampleId);

    /// <summary>When it was measured, for "the latest stands" metrics.</summary>
    public DateTimeOffset MeasuredAt => EndAt ?? StartAt ?? ReceivedAt;
}
