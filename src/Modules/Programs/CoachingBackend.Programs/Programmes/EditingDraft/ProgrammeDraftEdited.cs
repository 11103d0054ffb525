using CoachingBackend.Programs.Content;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Programmes.EditingDraft;

/// <summary>The draft as it now stands, whole: what the next version shared with coaches will hold.</summary>
[EventMeaning("A programme template's draft was edited.")]
public sealed record ProgrammeDraftEdited(
    Guid ProgrammeId,
    string Name,
    string? Description,
    int LengthWeeks,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<PlannedActivity> Activities,
    [property: Personal(PersonalData.StaffId)] string EditedBy,
    DateTimeOffset EditedAt)
{
    public ProgrammeDraft Draft() => new(Name, Description, LengthWeeks, Themes, Activities);
}
