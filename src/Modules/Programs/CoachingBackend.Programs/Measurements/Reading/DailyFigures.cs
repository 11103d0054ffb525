using CoachingBackend.Programs.Settings;
using Marten;

namespace CoachingBackend.Programs.Measurements.Reading;

/// <summary>Reads a client's de-duplicated daily figures of a metric over a range: one index range on (client, metric, day).</summary>
public static class DailyFigures
{
    public static async Task<IReadOnlyList<DailyFigure>> ReadAsync(IQuerySession session, Guid clientId, Metric metric, DateOnly from,
        DateOnly to, CancellationToken ct)
    {
        var preferred = (await session.LoadAsync<ClientMeasurementsRecord>(ClientMeasurements.StreamId(clientId), ct))?.PreferredSources ?? [];
        var records = await session.Query<DailyFigureRecord>()
            .Where(d => d.ClientId == clientId && d.Metric == metric && d.Day >= from && d.Day <= to).OrderBy(d => d.Day).ToListAsync(ct);
        return [.. records.Select(r => DailyFigure.Choose(r, preferred)).OfType<DailyFigure>()];
    }

    /// <summary>The organisation's today, the default end of a range.</summary>
    public static async Task<DateOnly> TodayAsync(IQuerySession session, string tenantId, TimeProvider time, CancellationToken ct) =>
        Ingesting.IngestMeasurements.LocalDay(time.GetUtcNow(), (await ProgramsSettingsRecord.LoadAsync(session, tenantId, ct)).ToTimeZoneInfo());
}
