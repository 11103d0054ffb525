using System.Text.Json;

namespace CoachingBackend.Host.Analytics;

/// <summary>One row of the store as the export reads it, its payload in the current shape of its type.</summary>
public readonly record struct StoredEvent(long Sequence, ExportedEventType Type, DateTimeOffset RecordedAt, Guid Stream, JsonElement Payload);
