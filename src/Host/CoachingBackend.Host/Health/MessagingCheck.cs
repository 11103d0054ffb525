using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wolverine.Runtime;

namespace CoachingBackend.Host.Health;

/// <summary>Wolverine has started its durable queues, and the projection daemon runs the async projections.</summary>
public sealed class MessagingCheck(IWolverineRuntime runtime, IProjectionCoordinator projections, IDocumentStore store)
    : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
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

        var asyncProjections = store.Options.Events.Projections()
            .Where(p => p.Lifecycle == ProjectionLifecycle.Async).Select(p => p.Name).ToList();
        if (asyncProjections.Count == 0) return HealthCheckResult.Healthy("Wolverine is running; no async projections to run.");

        var daemon = projections.DaemonForMainDatabase();
        if (!daemon.IsRunning) return HealthCheckResult.Unhealthy("The projection daemon is not running.");
        if (daemon.HasAnyPaused()) return HealthCheckResult.Unhealthy("A projection is paused.");
        return HealthCheckResult.Healthy($"Wolverine and the projection daemon ({string.Join(", ", asyncProjections)}) are running.");
    }
}
