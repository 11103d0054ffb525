using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Settings.Changing;

/// <summary>An org-admin changed the organisation's service rules. The settings' own stream is their audit trail.</summary>
[EventMeaning("An org-admin changed the service period and the passive-client rule.")]
public sealed record EnrollmentSettingsChanged(
    int ServicePeriodMonths,
    int PassiveAfterDays,
    [property: Personal(PersonalData.StaffId)] string ChangedBy,
    DateTimeOffset ChangedAt);
