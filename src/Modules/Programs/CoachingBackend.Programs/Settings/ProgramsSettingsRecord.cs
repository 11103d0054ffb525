using CoachingBackend.BuildingBlocks.EventSourcing;
using Marten;

namespace CoachingBackend.Programs.Settings;

/// <summary>
/// An organisation's rules for programmes: the time zone its calendar dates and reminder times are in (Europe/Helsinki
/// by default) and how many reminders a client gets at most in a week (3 by default). Read by the calendar and reminders.
/// </summary>
public sealed class ProgramsSettingsRecord
{
    public const string DefaultTimeZone = "Europe/Helsinki";
    public const int DefaultRemindersPerWeek = 3;

    public Guid Id { get; set; }
    public long Version { get; set; }
    public string TimeZone { get; set; } = DefaultTimeZone;
    public int RemindersPerWeek { get; set; } = DefaultRemindersPerWeek;
    public string? ChangedBy { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>One settings stream per organisation, so its id follows from the organisation.</summary>
    public static Guid StreamId(string tenantId) => StableIds.From("programs-settings", tenantId);

    /// <summary>The organisation's settings, or the defaults (at version 0) while none are stored.</summary>
    public static async Task<ProgramsSettingsRecord> LoadAsync(IQuerySession session, string tenantId, CancellationToken ct) =>
        await session.LoadAsync<ProgramsSettingsRecord>(StreamId(tenantId), ct) ?? new ProgramsSettingsRecord { Id = StreamId(tenantId) };

    /// <summary>The zone itself, for turning calendar dates and reminder times into instants.</summary>
    public TimeZoneInfo ToTimeZoneInfo() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
