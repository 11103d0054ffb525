namespace CoachingBackend.Programs.Entries;

/// <summary>An entry with its comments, for reading: the client's list, the coach's "awaiting comment" queue.</summary>
public sealed class EntryRecord
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid ClientId { get; set; }
    public EntryKind Kind { get; set; }
    public string Summary { get; set; } = "";
    public string? Text { get; set; }
    public int? Mood { get; set; }
    public Measurement? Measurement { get; set; }
    public Guid? CalendarActivityId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    public List<EntryComment> Comments { get; set; } = [];
    public DateTimeOffset? FirstCoachCommentAt { get; set; }

    /// <summary>No coach has commented yet: the entry waits in its coach's queue.</summary>
    public bool AwaitsCoachComment { get; set; }
}
