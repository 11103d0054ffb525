using CoachingBackend.Enrollment.Settings.Changing;
using Marten.Events.Aggregation;

namespace CoachingBackend.Enrollment.Settings;

/// <summary>The settings' read model, kept in step with their stream in the same transaction.</summary>
public sealed partial class EnrollmentSettingsRecordProjection : SingleStreamProjection<EnrollmentSettingsRecord, Guid>
{
    public static EnrollmentSettingsRecord Create(JasperFx.Events.IEvent<EnrollmentSettingsChanged> e)
    {
        var settings = new EnrollmentSettingsRecord { Id = e.StreamId };
        Apply(e.Data, settings);
        return settings;
    }

    public static void Apply(EnrollmentSettingsChanged e, EnrollmentSettingsRecord s)
    {
        s.ServicePeriodMonths = e.ServicePeriodMonths;
        s.PassiveAfterDays = e.PassiveAfterDays;
        s.ChangedBy = e.ChangedBy;
        s.ChangedAt = e.ChangedAt;
    }
}
