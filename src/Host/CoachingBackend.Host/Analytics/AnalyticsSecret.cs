namespace CoachingBackend.Host.Analytics;

/// <summary>
/// The organisation's secret for pseudonymous keys, made once at its first export (docs/adr/0020-analyst-export.md).
/// Deleting it makes every key exported so far unlinkable to the keys of later exports.
/// </summary>
/// <param name="Id">The organisation's id: one secret per organisation.</param>
/// <param name="Key">32 random bytes.</param>
public sealed record AnalyticsSecret(string Id, byte[] Key, DateTimeOffset CreatedAt);
