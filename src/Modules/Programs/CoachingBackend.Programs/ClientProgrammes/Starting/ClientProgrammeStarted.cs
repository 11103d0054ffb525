using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.ClientProgrammes.Starting;

/// <summary>
/// A client's own programme began: the version they start with, the themes they chose, and the dated activities
/// that follow, planned in the organisation's time zone.
/// </summary>
public sealed record ClientProgrammeStarted(
    Guid ClientProgrammeId,
    Guid ClientId,
    Guid ProgrammeId,
    int Version,
    string ProgrammeName,
    IReadOnlyList<Theme> Themes,
    DateOnly StartsOn,
    string TimeZone,
    IReadOnlyList<CalendarActivity> Activities,
    string StartedBy,
    DateTimeOffset StartedAt);
