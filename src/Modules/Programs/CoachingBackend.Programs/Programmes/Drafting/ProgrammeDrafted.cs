using CoachingBackend.Programs.Content;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Programmes.Drafting;

/// <summary>A coach or org-admin started a programme template; they are its author.</summary>
[EventMeaning("A programme template was started as a draft.")]
public sealed record ProgrammeDrafted(
    Guid ProgrammeId,
    string Name,
    string? Description,
    int LengthWeeks,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<PlannedActivity> Activities,
    [property: Personal(PersonalData.StaffId)] string DraftedBy,
    DateTimeOffset DraftedAt)
{
    public ProgrammeDraft Draft() => new(Name, Description, LengthWeeks, Themes, Activities);
}
