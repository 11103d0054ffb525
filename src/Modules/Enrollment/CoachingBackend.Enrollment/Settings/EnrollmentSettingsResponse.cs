namespace CoachingBackend.Enrollment.Settings;

public sealed record EnrollmentSettingsResponse(int ServicePeriodMonths, int PassiveAfterDays, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static EnrollmentSettingsResponse From(EnrollmentSettingsRecord s) => new(s.ServicePeriodMonths, s.PassiveAfterDays, s.ChangedBy, s.ChangedAt);
}
