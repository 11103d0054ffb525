using Marten;

namespace CoachingBackend.Enrollment.Analytics;

/// <summary>
/// The organisation's client paths that may have a step in the period: every step follows the referral. Read whole and
/// aggregated in memory, which is fine for a city's clients; a national deployment would keep monthly aggregates
/// like <see cref="EnrollmentMonthRecord"/> instead.
/// </summary>
public static class ClientPaths
{
    public static async Task<IReadOnlyList<ClientPathRecord>> LoadAsync(IQuerySession session, IAnalyticsPeriod period, CancellationToken ct)
    {
        var end = AnalyticsPeriod.End(period);
        return await session.Query<ClientPathRecord>().Where(p => p.ReferredAt < end).ToListAsync(ct);
    }

    public static double? Share(int part, int whole) =>
        SmallCount.IsSmall(part) || SmallCount.IsSmall(whole) || whole == 0 ? null : Math.Round((double)part / whole, 3);
}
