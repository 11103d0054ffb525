namespace CoachingBackend.Courses.Definitions;

/// <summary>The answer to a command on a course: the stream's new version (also the ETag, for If-Match).</summary>
public sealed record CourseChanged(Guid CourseId, long Version);
