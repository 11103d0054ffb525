namespace CoachingBackend.Programs.Entries.Listing;

/// <summary>An entry no coach has commented on yet, and how long it has waited (whole hours since it was recorded).</summary>
public sealed record EntryAwaitingComment(Guid EntryId, Guid ClientId, EntryKind Kind, string Summary, DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt, int WaitingHours);
