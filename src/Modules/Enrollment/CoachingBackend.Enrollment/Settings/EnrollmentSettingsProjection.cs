using Marten.Events.Aggregation;

namespace CoachingBackend.Enrollment.Settings;

/// <summary>The settings' read model, kept in step with their stream in the same transaction.</summary>
public sealed partial class EnrollmentSettingsProjection : SingleStreamProjection<EnrollmentSettings, Guid>
{
    public static EnrollmentSettings Create(JasperFx.Events.IEvent<EnrollmentSettingsChanged> e)
    {
        var settings = new EnrollmentSettings { Id = e.StreamId };
        Apply(e.Data, settings);
        return settings;
    }

    public static void Apply(EnrollmentSettingsChanged e, EnrollmentSettings s)
    {
        s.ServicePeriodMonths = e.ServicePeriodMonths;
        s.PassiveAfterDays = e.PassiveAfterDays;
        s.ChangedBy = e.ChangedBy;
        s.ChangedAt = e.ChangedAt;
    }
}
