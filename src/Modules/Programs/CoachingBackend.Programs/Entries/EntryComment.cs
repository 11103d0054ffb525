namespace CoachingBackend.Programs.Entries;

/// <summary>One comment on an entry, as the entry's readers see it.</summary>
public sealed record EntryComment(Guid CommentId, CommentAuthor Author, string By, string Text, DateTimeOffset At);
