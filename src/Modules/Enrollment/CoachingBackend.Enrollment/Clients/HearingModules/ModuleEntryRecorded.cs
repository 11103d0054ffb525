using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.HearingModules;

/// <summary>Another module's entry in the client's journey: its summary and where the full record lives.</summary>
[EventMeaning("Another module's entry in the client's journey (its kind and a one-line summary).")]
public sealed record ModuleEntryRecorded(
    [property: Personal(PersonalData.ClientId)] Guid ClientId, string Module, string Kind, string Summary, Guid SourceStream, long SourceVersion, DateTimeOffset OccurredAt);
