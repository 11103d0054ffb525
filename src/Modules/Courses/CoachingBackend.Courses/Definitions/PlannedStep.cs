namespace CoachingBackend.Courses.Definitions;

/// <summary>One step of a course's draft: its material named by id only, pinned at a revision when the draft is shared.</summary>
public sealed record PlannedStep(string Key, string Title, string? Body, Guid? MaterialId, bool Required, bool AsksForAnswer,
    bool IsExtra, StepWindow? Window);
