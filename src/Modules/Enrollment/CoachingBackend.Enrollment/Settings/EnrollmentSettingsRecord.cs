using CoachingBackend.BuildingBlocks.EventSourcing;
using Marten;

namespace CoachingBackend.Enrollment.Settings;

/// <summary>
/// An organisation's own rules for the service: how long a service period lasts (a year by default) and after
/// how many days without activity a newly activated client is followed up as passive (a month by default).
/// </summary>
public sealed class EnrollmentSettingsRecord
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public int ServicePeriodMonths { get; set; } = 12;
    public int PassiveAfterDays { get; set; } = 30;
    public string? ChangedBy { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>One settings stream per organisation, so its id follows from the organisation.</summary>
    public static Guid StreamId(string tenantId) => StableIds.From("enrollment-settings", tenantId);

    public static async Task<EnrollmentSettingsRecord> LoadAsync(IQuerySession session, string tenantId, CancellationToken ct) =>
        await session.LoadAsync<EnrollmentSettingsRecord>(StreamId(tenantId), ct) ?? new EnrollmentSettingsRecord { Id = StreamId(tenantId) };
}
