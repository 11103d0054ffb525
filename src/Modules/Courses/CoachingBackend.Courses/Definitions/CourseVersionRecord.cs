using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.Courses.Content;

namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// A frozen version of a course: what coaches review and, once released to clients, what an enrolment pins. Never
/// changes once shared, except for the moment it is released and its comment count.
/// </summary>
public sealed class CourseVersionRecord
{
    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public IReadOnlyList<CourseTheme> Themes { get; set; } = [];
    public ExecutionMode Mode { get; set; }
    public bool SelfEnrolment { get; set; }
    public IReadOnlyList<PublishedStep> Steps { get; set; } = [];
    public string PublishedBy { get; set; } = "";
    public DateTimeOffset SharedWithCoachesAt { get; set; }
    public DateTimeOffset? ReleasedToClientsAt { get; set; }
    public string? ReleasedBy { get; set; }
    public int CommentCount { get; set; }

    public bool IsForClients => ReleasedToClientsAt is not null;

    /// <summary>A version's id follows from its course and number.</summary>
    public static Guid IdOf(Guid courseId, int number) => StableIds.From("course-version", courseId.ToString(), number.ToString());
}
