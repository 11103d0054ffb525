namespace CoachingBackend.Programs.Measurements.Reading;

/// <summary>A raw item as stored (the value in the metric's stored unit), with its corrections.</summary>
public sealed record MeasurementItemResponse(Guid ItemId, Metric Metric, DateOnly Day, decimal Value, string Unit, string Source,
    string? SampleId, DateTimeOffset? StartAt, DateTimeOffset? EndAt, DateTimeOffset ReceivedAt, int Corrections, decimal? PreviousValue,
    DateTimeOffset? CorrectedAt)
{
    public static MeasurementItemResponse From(MeasurementItem i) => new(i.Id, i.Metric, i.Day, i.Value, MetricRules.Of(i.Metric).Unit,
        i.Source, i.SampleId, i.StartAt, i.EndAt, i.ReceivedAt, i.Corrections, i.PreviousValue, i.CorrectedAt);
}
