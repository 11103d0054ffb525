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
/// development clock moves. Running on several nodes at once is safe: the journey's version check lets one win.
/// </summary>
public sealed class FollowUpScanner(IDocumentStore store, IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<FollowUpScanner> logger) : BackgroundService
{
    public const string Actor = "system:follow-ups";

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
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The follow-up scan failed; trying again in {Interval}", interval);
            }
            try
            {
                await clockMoved.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Raises what is due for every client whose record says so, a page at a time until none is left, so that rows
    /// which stay due (someone acted in between) cannot crowd out the others.
    /// </summary>
    public async Task ScanAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var pageSize = configuration.GetValue("Enrollment:FollowUpScanPageSize", 500);
        var seen = new List<Guid>();
        while (true)
        {
            IReadOnlyList<ClientRecord> due;
            await using (var query = store.QuerySession())
            {
                var seenIds = seen.ToArray();
                due = await query.Query<ClientRecord>()
                    .Where(c => c.AnyTenant() && (c.PassiveCheckDueAt <= now || c.TimeOutOverdueAt <= now || c.ServiceEndDueAt <= now)
                                && !c.Id.IsOneOf(seenIds))
                    .OrderBy(c => c.LastChangedAt).Take(pageSize).ToListAsync(ct);
            }
            foreach (var client in due)
            {
                seen.Add(client.Id);
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
