using CoachingBackend.Courses.Materials;

namespace CoachingBackend.Courses.Definitions.Browsing;

/// <summary>A step as the API shows it: in a draft its material by id; in a version also pinned at its revision.</summary>
public sealed record StepResponse(string Key, string Title, string? Body, Guid? MaterialId, PinnedCourseMaterial? Material, bool Required,
    bool AsksForAnswer, bool IsExtra, DraftWindow? Window)
{
    public static StepResponse From(PlannedStep s) =>
        new(s.Key, s.Title, s.Body, s.MaterialId, null, s.Required, s.AsksForAnswer, s.IsExtra, DraftWindow.From(s.Window));

    public static StepResponse From(PublishedStep s) =>
        new(s.Key, s.Title, s.Body, s.Material?.MaterialId, s.Material, s.Required, s.AsksForAnswer, s.IsExtra, DraftWindow.From(s.Window));
}
