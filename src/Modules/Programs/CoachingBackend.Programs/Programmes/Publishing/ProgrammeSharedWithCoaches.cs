using CoachingBackend.Programs.Content;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Programmes.Publishing;

/// <summary>
/// The draft was frozen as <see cref="Version"/> for every coach of the organisation to review, its material items
/// pinned at the revisions current at that moment. A shared version never changes.
/// </summary>
[EventMeaning("A programme version was frozen and shared with the coaches for review.")]
public sealed record ProgrammeSharedWithCoaches(
    Guid ProgrammeId,
    int Version,
    string Name,
    string? Description,
    int LengthWeeks,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<PublishedActivity> Activities,
    [property: Personal(PersonalData.StaffId)] string SharedBy,
    DateTimeOffset SharedAt);
