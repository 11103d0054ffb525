using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Scheduling;
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
/// organisation, every <c>Enrollment:FollowUpScanSeconds</c> and at once when the development clock moves
/// (<see cref="ClockDrivenScan"/>: one node at a time).
/// </summary>
public sealed class FollowUpScanner(IDocumentStore store, IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<FollowUpScanner> logger) : ClockDrivenScan(store, time, lifetime, logger)
{
    public const string Actor = "system:follow-ups";
    public const int FollowUpLock = 1;

    protected override int LockObject => FollowUpLock;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Enrollment:FollowUpScanSeconds", 30));

    /// <summary>
    /// Raises what is due for every client whose record says so, a page at a time until none is left, so that rows
    /// which stay due (someone acted in between) cannot crowd out the others. Pages follow the records' last change
    /// (keyset paging: each page starts where the last one ended, the ids on that very instant set aside).
    /// </summary>
    public override async Task ScanAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var pageSize = configuration.GetValue("Enrollment:FollowUpScanPageSize", 500);
        var from = DateTimeOffset.MinValue;
        var seenAtFrom = new HashSet<Guid>();
        while (true)
        {
            IReadOnlyList<ClientRecord> due;
            await using (var query = Store.QuerySession())
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
