using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.HearingModules;

/// <summary>Another module's entry in the client's journey: its summary and where the full record lives.</summary>
[EventMeaning("Another module's entry in the client's journey: its module and kind, and where the full record lives (the one-line summary stays out of exports).")]
public sealed record ModuleEntryRecorded(
    [property: Personal(PersonalData.ClientId)] Guid ClientId, string Module, string Kind, [property: Personal(PersonalData.Omitted)] string Summary, Guid SourceStream, long SourceVersion, DateTimeOffset OccurredAt);
