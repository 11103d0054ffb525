namespace CoachingBackend.Programs.Measurements;

/// <summary>One source's figure for a day (its items summed, or its latest, by the metric).</summary>
public sealed record SourceValue(string Source, decimal Value);
