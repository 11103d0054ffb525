namespace CoachingBackend.Programs.Entries.Recording;

/// <summary>
/// The client wrote an entry: what they did, noted, felt or measured, at <paramref name="OccurredAt"/> (by their word),
/// recorded at <paramref name="RecordedAt"/>. An activity-done entry names the calendar activity it completes.
/// </summary>
public sealed record EntryRecorded(
    Guid EntryId,
    Guid ClientId,
    EntryKind Kind,
    string? Text,
    int? Mood,
    Measurement? Measurement,
    Guid? CalendarActivityId,
    DateTimeOffset OccurredAt,
    string RecordedBy,
    DateTimeOffset RecordedAt);
