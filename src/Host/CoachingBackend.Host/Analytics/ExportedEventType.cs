using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// An event type as analysts see it: its stored name, its module, its declared meaning and schema version, and how each
/// personal field of its payload is treated (by the field's JSON name).
/// </summary>
public sealed record ExportedEventType(
    Type ClrType,
    string Name,
    string Module,
    int SchemaVersion,
    string Meaning,
    IReadOnlyDictionary<string, PersonalData> Personal);
