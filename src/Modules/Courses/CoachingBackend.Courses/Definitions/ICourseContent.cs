using CoachingBackend.Courses.Content;

namespace CoachingBackend.Courses.Definitions;

/// <summary>The body of a course draft, the same whether it starts the course or replaces its draft.</summary>
public interface ICourseContent
{
    string Title { get; }
    string? Description { get; }
    IReadOnlyList<CourseTheme> Themes { get; }
    ExecutionMode? Mode { get; }
    bool SelfEnrolment { get; }
    IReadOnlyList<DraftStep> Steps { get; }
}
