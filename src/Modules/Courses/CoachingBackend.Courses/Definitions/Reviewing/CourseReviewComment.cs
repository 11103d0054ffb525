namespace CoachingBackend.Courses.Definitions.Reviewing;

/// <summary>One review comment on a course version.</summary>
public sealed record CourseReviewComment(Guid CommentId, int Version, string Text, string LeftBy, DateTimeOffset LeftAt);
