namespace CoachingBackend.Programs.Entries.Commenting;

/// <summary>The coach commented on a client's entry, or the client replied.</summary>
public sealed record EntryCommented(Guid EntryId, Guid ClientId, Guid CommentId, CommentAuthor Author, string By, string Text, DateTimeOffset At);
