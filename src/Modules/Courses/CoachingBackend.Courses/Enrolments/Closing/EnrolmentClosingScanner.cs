using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Scheduling;
using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachingBackend.Courses.Enrolments.Closing;

/// <summary>
/// Closes the timed enrolments whose last required window has passed, in every organisation, every
/// <c>Courses:ClosingScanSeconds</c> and at once when the development clock moves (<see cref="ClockDrivenScan"/>: one
/// node at a time). It finds them by the indexed closing moment each active timed enrolment carries, so a scan reads only
/// those that have fallen due.
/// </summary>
public sealed class EnrolmentClosingScanner(IDocumentStore store, IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<EnrolmentClosingScanner> logger) : ClockDrivenScan(store, time, lifetime, logger)
{
    public const string Actor = "system:courses";
    public const int CoursesLock = 4;

    protected override int LockObject => CoursesLock;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Courses:ClosingScanSeconds", 60));

    public override async Task ScanAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var pageSize = configuration.GetValue("Courses:ClosingScanPageSize", 500);
        var failed = new HashSet<Guid>();
        while (true)
        {
            IReadOnlyList<(string Tenant, Guid Id)> due;
            await using (var query = Store.QuerySession())
            {
                // Each enrolment closed drops out (its closing moment goes), so the next page follows by itself; one
                // that failed is set aside until the next scan.
                var skip = failed.ToArray();
                due = [.. (await query.Query<EnrolmentRecord>()
                    .Where(e => e.AnyTenant() && e.ClosesAt <= now && e.Status == EnrolmentStatus.Active && !e.Id.IsOneOf(skip))
                    .OrderBy(e => e.ClosesAt).Take(pageSize).ToListAsync(ct)).Select(e => (e.TenantId!, e.Id))];
            }
            foreach (var (tenant, id) in due)
            {
                try
                {
                    await CloseAsync(tenant, id, now, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed.Add(id);
                    logger.LogError(e, "Enrolment {EnrolmentId} in {Tenant} was not closed", id, tenant);
                }
            }
            if (due.Count < pageSize) return;
        }
    }

    private async Task CloseAsync(string tenantId, Guid enrolmentId, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>()
            .Set(tenantId, Actor, [], $"course-closing-scan-{now:yyyyMMddTHHmmss}", "course-closing-scan: due by the clock");
        var streams = scope.ServiceProvider.GetRequiredService<EventStreams>();
        await streams.Decide<Enrolment>(enrolmentId, null, CloseEnrolment.Decide, ct);
    }
}
