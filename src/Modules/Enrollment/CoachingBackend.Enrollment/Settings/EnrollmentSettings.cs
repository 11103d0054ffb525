using CoachingBackend.BuildingBlocks.EventSourcing;
using Marten;
using Marten.Events.Aggregation;

namespace CoachingBackend.Enrollment.Settings;

/// <summary>An org-admin changed the organisation's service rules. The settings' own stream is their audit trail.</summary>
public sealed record EnrollmentSettingsChanged(int ServicePeriodMonths, int PassiveAfterDays, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The write-side state of the settings stream.</summary>
public sealed record EnrollmentRules(Guid Id, int ServicePeriodMonths, int PassiveAfterDays)
{
    public static EnrollmentRules Create(JasperFx.Events.IEvent<EnrollmentSettingsChanged> e) =>
        new(e.StreamId, e.Data.ServicePeriodMonths, e.Data.PassiveAfterDays);

    public EnrollmentRules Apply(EnrollmentSettingsChanged e) =>
        this with { ServicePeriodMonths = e.ServicePeriodMonths, PassiveAfterDays = e.PassiveAfterDays };
}

/// <summary>
/// An organisation's own rules for the service: how long a service period lasts (a year by default) and after
/// how many days without activity a newly activated client is followed up as passive (a month by default).
/// </summary>
public sealed class EnrollmentSettings
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public int ServicePeriodMonths { get; set; } = 12;
    public int PassiveAfterDays { get; set; } = 30;
    public string? ChangedBy { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>One settings stream per organisation, so its id follows from the organisation.</summary>
    public static Guid StreamId(string tenantId) => StableIds.From("enrollment-settings", tenantId);

    public static async Task<EnrollmentSettings> LoadAsync(IQuerySession session, string tenantId, CancellationToken ct) =>
        await session.LoadAsync<EnrollmentSettings>(StreamId(tenantId), ct) ?? new EnrollmentSettings { Id = StreamId(tenantId) };
}

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
