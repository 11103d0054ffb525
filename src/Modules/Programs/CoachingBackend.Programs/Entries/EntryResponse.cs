namespace CoachingBackend.Programs.Entries;

/// <summary>An entry as its readers see it; <see cref="Version"/> is also its ETag.</summary>
public sealed record EntryResponse(
    Guid EntryId,
    Guid ClientId,
    EntryKind Kind,
    string Summary,
    string? Text,
    int? Mood,
    Measurement? Measurement,
    Guid? CalendarActivityId,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    IReadOnlyList<EntryComment> Comments,
    DateTimeOffset? FirstCoachCommentAt,
    long Version)
{
    public static EntryResponse From(EntryRecord e) => new(e.Id, e.ClientId, e.Kind, e.Summary, e.Text, e.Mood, e.Measurement,
        e.CalendarActivityId, e.OccurredAt, e.RecordedAt, e.Comments, e.FirstCoachCommentAt, e.Version);
}
