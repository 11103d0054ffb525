namespace CoachingBackend.Enrollment.Settings.Changing;

/// <summary>An org-admin changed the organisation's service rules. The settings' own stream is their audit trail.</summary>
public sealed record EnrollmentSettingsChanged(int ServicePeriodMonths, int PassiveAfterDays, string ChangedBy, DateTimeOffset ChangedAt);
