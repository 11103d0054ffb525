namespace CoachingBackend.Programs.Programmes.Reviewing;

/// <summary>A coach or org-admin commented on a version shared with coaches.</summary>
public sealed record ProgrammeReviewCommentLeft(Guid ProgrammeId, int Version, Guid CommentId, string Text, string LeftBy, DateTimeOffset LeftAt);
