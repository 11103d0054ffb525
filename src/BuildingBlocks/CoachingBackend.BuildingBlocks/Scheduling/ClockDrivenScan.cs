using CoachingBackend.BuildingBlocks.Locking;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Time;
using JasperFx;
using Microsoft.Extensions.DependencyInjection;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachingBackend.BuildingBlocks.Scheduling;

/// <summary>
/// Work that time brings (follow-ups, reminders), done by a scan of every organisation every <c>interval</c> and at
/// once when the development clock moves. Several nodes on one database take turns: a scan runs while holding a
/// PostgreSQL advisory lock on a connection of its own, and a node that finds the lock taken looks again shortly
/// instead of scanning too (docs/adr/0011-two-hosts.md). Were two scans ever to overlap, the streams' version checks
/// would still let one win.
/// </summary>
public abstract class ClockDrivenScan(IDocumentStore store, TimeProvider time, IHostApplicationLifetime lifetime, ILogger logger)
    : BackgroundService
{
    // The two-key advisory lock space (objsubid 2) is apart from Marten's and Wolverine's single-key locks.
    public const int LockClass = 0x436F6163; // "Coac": the scans' advisory locks, one per kind of scan for the whole database
    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(1);

    protected IDocumentStore Store => store;

    protected TimeProvider Time => time;

    /// <summary>This scan's lock within <see cref="LockClass"/>: one per kind of scan.</summary>
    protected abstract int LockObject { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>Does what has fallen due by now in every organisation.</summary>
    public abstract Task ScanAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clockMoved = new SemaphoreSlim(0);
        if (time is AdjustableClock clock) clock.Moved += () => clockMoved.Release();

        // Start once the whole application (schema migration included) is up.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await Task.WhenAny(started.Task, Task.Delay(Timeout.Infinite, stoppingToken));
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Interval;
            try
            {
                // Another node scanning now may have started before this node's clock moved: look again soon.
                if (!await ScanExclusivelyAsync(stoppingToken)) wait = BusyRetry;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The scan failed; trying again in {Interval}", Interval);
            }
            try
            {
                await clockMoved.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Scans if no other node is scanning; false when another node held the scan lock.</summary>
    public async Task<bool> ScanExclusivelyAsync(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        if (!await AdvisoryLocks.TryLockAsync(connection, LockClass, LockObject, ct))
        {
            logger.LogDebug("Another node is scanning");
            return false;
        }
        try
        {
            await ScanAsync(ct);
            return true;
        }
        finally
        {
            await AdvisoryLocks.UnlockAsync(connection, LockClass, LockObject);
        }
    }

    /// <summary>
    /// Decides on every stream due now, a page at a time: <paramref name="page"/> reads the next due (organisation, id)
    /// pairs, leaving out the ids given (those handled already in this scan, so a scan always ends); each is decided in a
    /// scope of its own organisation, as <paramref name="actor"/>. One stream's failure does not stop the others; a
    /// concurrent change (the client acted meanwhile) is left to the next scan.
    /// </summary>
    protected async Task DecideOnEachDueAsync(IServiceScopeFactory scopes, string actor, int pageSize,
        Func<IQuerySession, Guid[], Task<IReadOnlyList<(string Tenant, Guid Id)>>> page,
        Func<EventStreams, string, Guid, Task> decide, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var handled = new HashSet<Guid>();
        while (true)
        {
            IReadOnlyList<(string Tenant, Guid Id)> due;
            await using (var query = store.QuerySession()) due = await page(query, [.. handled]);
            foreach (var (tenant, id) in due)
            {
                handled.Add(id);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<RequestContext>()
                        .Set(tenant, actor, [], $"{actor}-{now:yyyyMMddTHHmmss}", $"{actor}: due by the clock");
                    await decide(scope.ServiceProvider.GetRequiredService<EventStreams>(), tenant, id);
                }
                catch (ConcurrencyException)
                {
                    logger.LogDebug("Stream {StreamId} in {Tenant} changed during the scan; the next scan looks again", id, tenant);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "{Actor} could not decide on stream {StreamId} in {Tenant}", actor, id, tenant);
                }
            }
            if (due.Count < pageSize) return;
        }
    }
}
