using CoachingBackend.Courses.Content;

namespace CoachingBackend.Courses.Definitions;

/// <summary>A course as its author is preparing it: what the next version shared with coaches will hold.</summary>
public sealed record CourseDraft(string Title, string? Description, IReadOnlyList<CourseTheme> Themes, ExecutionMode Mode,
    bool SelfEnrolment, IReadOnlyList<PlannedStep> Steps)
{
    /// <summary>Records compare lists by reference; a draft is the same when its contents are.</summary>
    public bool SameAs(CourseDraft other) =>
        Title == other.Title && Description == other.Description && Mode == other.Mode && SelfEnrolment == other.SelfEnrolment
        && Themes.SequenceEqual(other.Themes) && Steps.SequenceEqual(other.Steps);
}
