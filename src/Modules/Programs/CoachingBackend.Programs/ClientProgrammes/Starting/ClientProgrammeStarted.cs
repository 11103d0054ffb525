using CoachingBackend.Programs.Content;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.ClientProgrammes.Starting;

/// <summary>
/// A client's own programme began: the version they start with, the themes they chose, and the dated activities
/// that follow, planned in the organisation's time zone.
/// </summary>
[EventMeaning("A client's own programme began, with its dated activities.")]
public sealed record ClientProgrammeStarted(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid ProgrammeId,
    int Version,
    string ProgrammeName,
    IReadOnlyList<Theme> Themes,
    DateOnly StartsOn,
    string TimeZone,
    IReadOnlyList<CalendarActivity> Activities,
    [property: Personal(PersonalData.StaffId)] string StartedBy,
    DateTimeOffset StartedAt);
