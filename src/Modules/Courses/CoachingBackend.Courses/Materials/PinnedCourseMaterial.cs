namespace CoachingBackend.Courses.Materials;

/// <summary>
/// A material item as it stood at one revision, copied into a published course version or a client's enrolment, so
/// that a later revision or a retirement never changes what a client was given.
/// </summary>
public sealed record PinnedCourseMaterial(Guid MaterialId, int Revision, string Kind, string Title, string? Body, string? Url,
    int? DurationSeconds, int? EstimatedMinutes);
