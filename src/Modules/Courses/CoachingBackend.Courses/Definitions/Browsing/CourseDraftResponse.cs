using CoachingBackend.Courses.Content;

namespace CoachingBackend.Courses.Definitions.Browsing;

/// <summary>The draft, for its author and org-admins. changedSinceShared: sharing now would make a new version.</summary>
public sealed record CourseDraftResponse(string Title, string? Description, IReadOnlyList<CourseTheme> Themes, ExecutionMode Mode,
    bool SelfEnrolment, IReadOnlyList<StepResponse> Steps, bool ChangedSinceShared);
