namespace CoachingBackend.Courses.Definitions.Publishing;

/// <summary>The answer to publishing: the course version concerned, to whom, and the course stream's version (its ETag).</summary>
public sealed record CoursePublished(Guid CourseId, int Version, CourseAudience Audience, long StreamVersion);
