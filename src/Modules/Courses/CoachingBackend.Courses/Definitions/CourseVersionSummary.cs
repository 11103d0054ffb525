namespace CoachingBackend.Courses.Definitions;

/// <summary>One version of a course at a glance.</summary>
public sealed record CourseVersionSummary(int Number, DateTimeOffset SharedWithCoachesAt, DateTimeOffset? ReleasedToClientsAt, int CommentCount,
    bool SelfEnrolment);
