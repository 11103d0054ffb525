namespace CoachingBackend.Enrollment.Clients.HearingModules;

/// <summary>Another module's entry in the client's journey: its summary and where the full record lives.</summary>
public sealed record ModuleEntryRecorded(
    Guid ClientId, string Module, string Kind, string Summary, Guid SourceStream, long SourceVersion, DateTimeOffset OccurredAt);
