using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Programmes;

/// <summary>A programme as its author is preparing it: what the next version shared with coaches will hold.</summary>
public sealed record ProgrammeDraft(
    string Name,
    string? Description,
    int LengthWeeks,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<PlannedActivity> Activities)
{
    /// <summary>Records compare lists by reference; a draft is the same when its contents are.</summary>
    public bool SameAs(ProgrammeDraft other) =>
        Name == other.Name && Description == other.Description && LengthWeeks == other.LengthWeeks
        && Themes.SequenceEqual(other.Themes) && Activities.SequenceEqual(other.Activities);
}
