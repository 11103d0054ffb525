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

    public override Task ScanAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var pageSize = configuration.GetValue("Courses:ClosingScanPageSize", 500);
        return DecideOnEachDueAsync(scopes, Actor, pageSize, async (query, skip) =>
            [.. (await query.Query<EnrolmentRecord>()
                .Where(e => e.AnyTenant() && e.ClosesAt <= now && e.Status == EnrolmentStatus.Active && !e.Id.IsOneOf(skip))
                .OrderBy(e => e.ClosesAt).Take(pageSize).ToListAsync(ct)).Select(e => (e.TenantId!, e.Id))],
            (streams, _, id) => streams.Decide<Enrolment>(id, null, CloseEnrolment.Decide, ct), ct);
    }
}
