namespace CoachingBackend.Programs.Measurements.Ingesting;

/// <summary>What a batch did: items new, corrected (the same key with another value) and unchanged (re-sent as they were).</summary>
public sealed record IngestResult(int Received, int New, int Corrected, int Unchanged);
