using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Settings.Changing;

/// <summary>An org-admin changed the organisation's programme settings. The settings' own stream is their audit trail.</summary>
[EventMeaning("An org-admin changed the time zone and weekly reminder limit of programmes.")]
public sealed record ProgramsSettingsChanged(
    string TimeZone,
    int RemindersPerWeek,
    [property: Personal(PersonalData.StaffId)] string ChangedBy,
    DateTimeOffset ChangedAt);
