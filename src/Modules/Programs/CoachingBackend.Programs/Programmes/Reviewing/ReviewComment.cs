namespace CoachingBackend.Programs.Programmes.Reviewing;

/// <summary>One review comment on a programme version.</summary>
public sealed record ReviewComment(Guid CommentId, int Version, string Text, string LeftBy, DateTimeOffset LeftAt);
