namespace CoachingBackend.Courses.Definitions.Publishing;

/// <summary>Who a course version is published to: the organisation's coaches first (for review), then clients.</summary>
public enum CourseAudience { Coaches, Clients }
