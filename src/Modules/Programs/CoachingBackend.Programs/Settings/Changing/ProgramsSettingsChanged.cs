namespace CoachingBackend.Programs.Settings.Changing;

/// <summary>An org-admin changed the organisation's programme settings. The settings' own stream is their audit trail.</summary>
public sealed record ProgramsSettingsChanged(string TimeZone, int RemindersPerWeek, string ChangedBy, DateTimeOffset ChangedAt);
