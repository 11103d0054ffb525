using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Programmes.Drafting;

/// <summary>A coach or org-admin started a programme template; they are its author.</summary>
public sealed record ProgrammeDrafted(
    Guid ProgrammeId,
    string Name,
    string? Description,
    int LengthWeeks,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<PlannedActivity> Activities,
    string DraftedBy,
    DateTimeOffset DraftedAt)
{
    public ProgrammeDraft Draft() => new(Name, Description, LengthWeeks, Themes, Activities);
}
