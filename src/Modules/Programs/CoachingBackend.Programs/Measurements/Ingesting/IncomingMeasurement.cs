namespace CoachingBackend.Programs.Measurements.Ingesting;

/// <summary>A validated item of a batch, read: its natural key, its day in the organisation's time zone, its value in the stored unit.</summary>
public sealed record IncomingMeasurement(int Index, Guid Key, Metric Metric, DateOnly Day, decimal Value, string Source, string? SampleId,
    DateTimeOffset? StartAt, DateTimeOffset? EndAt)
{
    public static IReadOnlyList<IncomingMeasurement> ReadAll(IReadOnlyList<MeasurementItemInput> items, Guid clientId, TimeZoneInfo zone) =>
        [.. items.Select((item, index) =>
        {
            var metric = item.Metric!.Value;
            var day = item.Day ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(item.EndAt!.Value, zone).DateTime);
            var source = item.Source!.Trim();
            return new IncomingMeasurement(index, MeasurementItem.KeyOf(clientId, source, metric, day, item.SampleId), metric, day,
                MetricRules.Of(metric).ToStoredUnit(item.Value!.Value, item.Unit)!.Value, source, item.SampleId, item.StartAt, item.EndAt);
        })];

    public MeasurementItem ToItem(Guid clientId, DateTimeOffset now) => new()
    {
        Id = Key, ClientId = clientId, Metric = Metric, Day = Day, Value = Value, Source = Source, SampleId = SampleId,
        StartAt = StartAt, EndAt = EndAt, ReceivedAt = now,
    };
}
