using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingBackend.BuildingBlocks.Http.Idempotency;

/// <summary>
/// Deletes the <c>Idempotency-Key</c> records older than the retention in every organisation, once an hour
/// (organisations that send new keys also lose their expired ones as they go, see <see cref="IdempotencyAnswers"/>).
/// An expired record that is still there is ignored anyway: the key is free again after the retention.
/// </summary>
public sealed class IdempotencyCleanup(IDocumentStore store, TimeProvider time, IOptions<IdempotencyOptions> options,
    IHostApplicationLifetime lifetime, ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start once the whole application (schema migration included) is up.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await Task.WhenAny(started.Task, Task.Delay(Timeout.Infinite, stoppingToken));
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeleteExpiredAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Expired idempotency keys could not be deleted; trying again in {Interval}", Interval);
            }
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task DeleteExpiredAsync(CancellationToken ct)
    {
        var expired = time.GetUtcNow() - options.Value.Retention;
        await using var session = store.LightweightSession();
        session.DeleteWhere<IdempotencyRecord>(r => r.AnyTenant() && r.CreatedAt < expired);
        await session.SaveChangesAsync(ct);
    }
}
