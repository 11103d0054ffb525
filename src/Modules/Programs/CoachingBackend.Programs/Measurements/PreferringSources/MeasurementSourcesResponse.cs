namespace CoachingBackend.Programs.Measurements.PreferringSources;

/// <summary>The client's preferred order of sources, most preferred first.</summary>
public sealed record MeasurementSourcesResponse(IReadOnlyList<string> Order);
