namespace CoachingBackend.Programs.Settings;

public sealed record ProgramsSettingsResponse(string TimeZone, int RemindersPerWeek, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static ProgramsSettingsResponse From(ProgramsSettingsRecord s) => new(s.TimeZone, s.RemindersPerWeek, s.ChangedBy, s.ChangedAt);
}
