using CoachingBackend.BuildingBlocks.EventSourcing;
using Marten;

namespace CoachingBackend.Courses.Settings;

/// <summary>
/// An organisation's rules for courses: after how many days without a step done an active client counts as stalled in
/// the coach's view (14 by default).
/// </summary>
public sealed class CoursesSettingsRecord
{
    public const int DefaultStalledAfterDays = 14;

    public Guid Id { get; set; }
    public long Version { get; set; }
    public int StalledAfterDays { get; set; } = DefaultStalledAfterDays;
    public string? ChangedBy { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>One settings stream per organisation, so its id follows from the organisation.</summary>
    public static Guid StreamId(string tenantId) => StableIds.From("courses-settings", tenantId);

    /// <summary>The organisation's settings, or the defaults (at version 0) while none are stored.</summary>
    public static async Task<CoursesSettingsRecord> LoadAsync(IQuerySession session, string tenantId, CancellationToken ct) =>
        await session.LoadAsync<CoursesSettingsRecord>(StreamId(tenantId), ct) ?? new CoursesSettingsRecord { Id = StreamId(tenantId) };
}
