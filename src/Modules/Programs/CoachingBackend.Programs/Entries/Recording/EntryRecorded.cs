using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Entries.Recording;

/// <summary>
/// The client wrote an entry: what they did, noted, felt or measured, at <paramref name="OccurredAt"/> (by their word),
/// recorded at <paramref name="RecordedAt"/>. An activity-done entry names the calendar activity it completes.
/// </summary>
[EventMeaning("The client recorded an entry: an activity done, a mood, a measurement or a note.")]
public sealed record EntryRecorded(
    Guid EntryId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    EntryKind Kind,
    [property: Personal(PersonalData.Omitted)] string? Text,
    int? Mood,
    Measurement? Measurement,
    Guid? CalendarActivityId,
    DateTimeOffset OccurredAt,
    [property: Personal(PersonalData.Omitted)] string RecordedBy,
    DateTimeOffset RecordedAt);
