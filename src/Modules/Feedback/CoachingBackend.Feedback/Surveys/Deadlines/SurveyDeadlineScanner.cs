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

    public override async Task ScanAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var pageSize = configuration.GetValue("Feedback:DeadlineScanPageSize", 500);
        var setAside = new HashSet<Guid>();
        while (true)
        {
            IReadOnlyList<(string Tenant, Guid Id)> due;
            await using (var query = Store.QuerySession())
            {
                // A survey handled (or failed) is set aside: its next deadline has moved on, or the next scan tries again.
                var skip = setAside.ToArray();
                due = [.. (await query.Query<SurveyRecord>().Where(s => s.AnyTenant() && s.NextDeadline <= now && !s.Id.IsOneOf(skip))
                    .OrderBy(s => s.NextDeadline).Take(pageSize).ToListAsync(ct)).Select(s => (s.TenantId!, s.Id))];
            }
            foreach (var (tenant, id) in due)
            {
                setAside.Add(id);
                try
                {
                    await DecideAsync(tenant, id, now, ct);
                }
                catch (ConcurrencyException)
                {
                    // The client answered, or the coach replied, meanwhile: the next scan looks again.
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One survey's failure must not stop the others'.
                    logger.LogError(e, "No deadline recorded for survey {SurveyId} in {Tenant}", id, tenant);
                }
            }
            if (due.Count < pageSize) return;
        }
    }

    private async Task DecideAsync(string tenantId, Guid surveyId, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>()
            .Set(tenantId, Actor, [], $"feedback-scan-{now:yyyyMMddTHHmmss}", "feedback-scan: due by the clock");
        await scope.ServiceProvider.GetRequiredService<EventStreams>().Decide<Survey>(surveyId, null, SurveyDeadlines.Decide, ct);
    }
}
