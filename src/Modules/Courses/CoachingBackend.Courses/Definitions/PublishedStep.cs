using CoachingBackend.Courses.Materials;

namespace CoachingBackend.Courses.Definitions;

/// <summary>
/// One step of a published course version, its material pinned at the revision current when the version was shared
/// with coaches: what coaches reviewed is what clients get.
/// </summary>
public sealed record PublishedStep(string Key, string Title, string? Body, PinnedCourseMaterial? Material, bool Required,
    bool AsksForAnswer, bool IsExtra, StepWindow? Window)
{
    /// <summary>A step the client must do for the course to be complete: extra material never holds a course open.</summary>
    public bool CountsForCompletion => Required && !IsExtra;
}
