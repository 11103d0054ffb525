using System.Security.Cryptography;
using JasperFx;
using Marten;

namespace CoachingBackend.Host.Analytics;

/// <summary>The organisation's secret, made on first use; of two exports racing to make it, the second reads the first's.</summary>
public sealed class AnalyticsSecrets(IDocumentStore store, TimeProvider clock)
{
    public async Task<Pseudonyms> ForAsync(string tenantId, CancellationToken ct)
    {
        await using (var query = store.QuerySession(tenantId))
        {
            var existing = await query.LoadAsync<AnalyticsSecret>(tenantId, ct);
            if (existing is not null) return new Pseudonyms(existing.Key);
        }
        try
        {
            await using var session = store.LightweightSession(tenantId);
            var made = new AnalyticsSecret(tenantId, RandomNumberGenerator.GetBytes(32), clock.GetUtcNow());
            session.Insert(made);
            await session.SaveChangesAsync(ct);
            return new Pseudonyms(made.Key);
        }
        catch (DocumentAlreadyExistsException)
        {
            await using var query = store.QuerySession(tenantId);
            return new Pseudonyms((await query.LoadAsync<AnalyticsSecret>(tenantId, ct))!.Key);
        }
    }
}
