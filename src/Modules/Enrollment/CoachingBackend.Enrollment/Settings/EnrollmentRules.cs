using CoachingBackend.Enrollment.Settings.Changing;

namespace CoachingBackend.Enrollment.Settings;

/// <summary>The write-side state of the settings stream.</summary>
public sealed record EnrollmentRules(Guid Id, int ServicePeriodMonths, int PassiveAfterDays)
{
    public static EnrollmentRules Create(JasperFx.Events.IEvent<EnrollmentSettingsChanged> e) =>
        new(e.StreamId, e.Data.ServicePeriodMonths, e.Data.PassiveAfterDays);

    public EnrollmentRules Apply(EnrollmentSettingsChanged e) =>
        this with { ServicePeriodMonths = e.ServicePeriodMonths, PassiveAfterDays = e.PassiveAfterDays };
}
