namespace CoachingBackend.Courses.Settings;

public sealed record CoursesSettingsResponse(int StalledAfterDays, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static CoursesSettingsResponse From(CoursesSettingsRecord s) => new(s.StalledAfterDays, s.ChangedBy, s.ChangedAt);
}
