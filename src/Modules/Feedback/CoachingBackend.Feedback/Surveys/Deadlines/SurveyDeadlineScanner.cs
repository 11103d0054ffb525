using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Scheduling;
using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachingBackend.Feedback.Surveys.Deadlines;

/// <summary>
/// Records expired surveys and late replies in every organisation, every <c>Feedback:DeadlineScanSeconds</c> and at once
/// when the development clock moves (<see cref="ClockDrivenScan"/>: one node at a time). It finds them by each survey's
/// next deadline, so a scan reads only the surveys that have one passed.
/// </summary>
public sealed class SurveyDeadlineScanner(IDocumentStore store, IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<SurveyDeadlineScanner> logger) : ClockDrivenScan(store, time, lifetime, logger)
{
    public const string Actor = "system:feedback";
    public const int FeedbackLock = 3;

    protected override int LockObject => FeedbackLock;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Feedback:DeadlineScanSeconds", 30));

    public override Task ScanAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var pageSize = configuration.GetValue("Feedback:DeadlineScanPageSize", 500);
        return DecideOnEachDueAsync(scopes, Actor, pageSize, async (query, skip) =>
            [.. (await query.Query<SurveyRecord>().Where(s => s.AnyTenant() && s.NextDeadline <= now && !s.Id.IsOneOf(skip))
                .OrderBy(s => s.NextDeadline).Take(pageSize).ToListAsync(ct)).Select(s => (s.TenantId!, s.Id))],
            (streams, _, id) => streams.Decide<Survey>(id, null, SurveyDeadlines.Decide, ct), ct);
    }
}
