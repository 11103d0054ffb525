using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Time;
using CoachingBackend.Enrollment.Clients;
using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachingBackend.Enrollment.FollowUps.Raising;

/// <summary>
/// Raises the follow-ups that time brings (passive clients, ended time-outs, ended service periods) in every
/// organisation. It looks for due clients every <c>Enrollment:FollowUpScanSeconds</c> and at once when the
/// development clock moves. Several nodes on one database take turns: a scan runs while holding a PostgreSQL advisory
/// lock on a connection of its own, and a node that finds the lock taken looks again shortly instead of scanning too
/// (docs/adr/0011-two-hosts.md). Were two scans ever to overlap, the journey's version check would still let one win.
/// </summary>
public sealed class FollowUpScanner(IDocumentStore store, IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<FollowUpScanner> logger) : BackgroundService
{
    public const string Actor = "system:follow-ups";

    // The two-key advisory lock space (objsubid 2) is apart from Marten's and Wolverine's single-key locks.
    public const int LockClass = 0x436F6163; // "Coac": the scan's advisory lock, one for the whole database
    public const int LockObject = 1;
    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Enrollment:FollowUpScanSeconds", 30));
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
            var wait = interval;
            try
            {
                // Another node scanning now may have started before this node's clock moved: look again soon.
                if (!await ScanExclusivelyAsync(stoppingToken)) wait = BusyRetry;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The follow-up scan failed; trying again in {Interval}", interval);
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
            logger.LogDebug("Another node is scanning for follow-ups");
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

    private static async Task<bool> AdvisoryAsync(Npgsql.NpgsqlConnection connection, string function, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"select {function}(@class, @object)";
        command.Parameters.AddWithValue("class", LockClass);
        command.Parameters.AddWithValue("object", LockObject);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Raises what is due for every client whose record says so, a page at a time until none is left, so that rows
    /// which stay due (someone acted in between) cannot crowd out the others. Pages follow the records' last change
    /// (keyset paging: each page starts where the last one ended, the ids on that very instant set aside).
    /// </summary>
    public async Task ScanAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var pageSize = configuration.GetValue("Enrollment:FollowUpScanPageSize", 500);
        var from = DateTimeOffset.MinValue;
        var seenAtFrom = new HashSet<Guid>();
        while (true)
        {
            IReadOnlyList<ClientRecord> due;
            await using (var query = store.QuerySession())
            {
                var skip = seenAtFrom.ToArray();
                due = await query.Query<ClientRecord>()
                    .Where(c => c.AnyTenant() && (c.PassiveCheckDueAt <= now || c.TimeOutOverdueAt <= now || c.ServiceEndDueAt <= now)
                                && c.LastChangedAt >= from && !c.Id.IsOneOf(skip))
                    .OrderBy(c => c.LastChangedAt).Take(pageSize).ToListAsync(ct);
            }
            foreach (var client in due)
            {
                try
                {
                    await RaiseAsync(client.TenantId!, client.Id, now, ct);
                }
                catch (ConcurrencyException)
                {
                    // Someone else changed the journey meanwhile (or raised it first): the next scan looks again.
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One client's failure must not stop the others' follow-ups.
                    logger.LogError(e, "No follow-up raised for client {ClientId} in {Tenant}", client.Id, client.TenantId);
                }
            }
            if (due.Count < pageSize) return;

            var last = due[^1].LastChangedAt;
            if (last != from) seenAtFrom.Clear();
            from = last;
            seenAtFrom.UnionWith(due.Where(c => c.LastChangedAt == last).Select(c => c.Id));
        }
    }

    private async Task RaiseAsync(string tenantId, Guid clientId, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>()
            .Set(tenantId, Actor, [], $"follow-up-scan-{now:yyyyMMddTHHmmss}", "follow-up-scan: due by the clock");
        var version = await scope.ServiceProvider.GetRequiredService<EventStreams>()
            .Decide<ClientJourney>(clientId, null, DueFollowUps.Decide, ct);
        logger.LogDebug("Follow-up scan of client {ClientId} in {Tenant}: journey at version {Version}", clientId, tenantId, version);
    }
}
