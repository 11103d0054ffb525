using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Wolverine.Runtime;
using Wolverine.Transports;

namespace CoachingBackend.Host.Health;

/// <summary>
/// Wolverine has started and its queues are taking messages, and every async projection is being run: by this
/// node's projection daemon, or (several nodes on one database, docs/adr/0011-two-hosts.md) by the node that holds
/// the projection's leadership lock.
/// </summary>
public sealed class MessagingCheck(IWolverineRuntime runtime, Marten.Events.Daemon.Coordination.IProjectionCoordinator projections, IDocumentStore store)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            runtime.AssertHasStarted();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("Wolverine has not started.", e);
        }
        if (runtime.Cancellation.IsCancellationRequested) return HealthCheckResult.Unhealthy("Wolverine is shutting down.");

        // Durable local queues are circuits of their own (not among the transport listeners); a paused, stopped or
        // latched one takes no messages. Back-pressure (TooBusy) is a queue catching up, not a queue that is down.
        var down = runtime.Endpoints.ActiveSendingAgents().OfType<IListenerCircuit>()
            .Concat(runtime.Endpoints.ActiveListeners())
            .Where(l => l.Status is not (ListeningStatus.Accepting or ListeningStatus.TooBusy))
            .Select(l => $"{l.Endpoint.Uri} ({l.Status})").Distinct().ToList();
        if (down.Count > 0) return HealthCheckResult.Unhealthy($"Message listeners not taking messages: {string.Join(", ", down)}.");

        var asyncProjections = store.Options.Events.Projections()
            .Where(p => p.Lifecycle == ProjectionLifecycle.Async).Select(p => p.Name).ToList();
        if (asyncProjections.Count == 0) return HealthCheckResult.Healthy("Wolverine is running; no async projections to run.");

        var daemon = projections.DaemonForMainDatabase();
        if (daemon.HasAnyPaused()) return HealthCheckResult.Unhealthy("A projection is paused.");
        if (projections is not ProjectionCoordinator { Mode: DaemonMode.HotCold, Distributor: { } distributor })
        {
            return daemon.IsRunning
                ? HealthCheckResult.Healthy($"Wolverine and the projection daemon ({string.Join(", ", asyncProjections)}) are running.")
                : HealthCheckResult.Unhealthy("The projection daemon is not running.");
        }

        // Hot/cold: each projection shard has an advisory lock; its holder runs it and the other nodes stand by.
        var here = new List<string>();
        var elsewhere = new List<string>();
        foreach (var set in await distributor.BuildDistributionAsync())
        {
            foreach (var shard in set.Names)
            {
                if (distributor.HasLock(set))
                {
                    if (daemon.StatusFor(shard.Identity) != JasperFx.AgentStatus.Running)
                        return HealthCheckResult.Unhealthy($"This node leads projection {shard.Identity} but does not run it.");
                    here.Add(shard.Identity);
                }
                else if (await LockHeldElsewhereAsync(set.LockId, ct))
                {
                    elsewhere.Add(shard.Identity);
                }
                else
                {
                    return HealthCheckResult.Unhealthy($"No node runs projection {shard.Identity}.");
                }
            }
        }
        return HealthCheckResult.Healthy($"Wolverine is running; projections run here: [{string.Join(", ", here)}], on another node: [{string.Join(", ", elsewhere)}].");
    }

    /// <summary>Whether some session of this database holds the session-level advisory lock with this id.</summary>
    private async Task<bool> LockHeldElsewhereAsync(int lockId, CancellationToken ct)
    {
        long key = lockId;
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "select exists(select 1 from pg_locks where locktype = 'advisory' and granted and objsubid = 1 " +
            "and database = (select oid from pg_database where datname = current_database()) " +
            "and classid::bigint = @classid and objid::bigint = @objid)", connection);
        command.Parameters.AddWithValue("classid", (long)(uint)(key >> 32));
        command.Parameters.AddWithValue("objid", (long)(uint)key);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
