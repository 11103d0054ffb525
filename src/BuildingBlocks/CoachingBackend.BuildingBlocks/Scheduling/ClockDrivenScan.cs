using CoachingBackend.BuildingBlocks.Time;
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
        if (!await AdvisoryAsync(connection, "pg_try_advisory_lock", ct))
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
            // Closing would release it too, but the connection goes back to a pool: release it explicitly.
            await AdvisoryAsync(connection, "pg_advisory_unlock", CancellationToken.None);
        }
    }

    private async Task<bool> AdvisoryAsync(Npgsql.NpgsqlConnection connection, string function, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"select {function}(@class, @object)";
        command.Parameters.AddWithValue("class", LockClass);
        command.Parameters.AddWithValue("object", LockObject);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
