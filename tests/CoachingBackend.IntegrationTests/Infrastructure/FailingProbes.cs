using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.ErrorHandling;

namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>A message only test hosts handle, failing a set number of times: a dead letter made to order.</summary>
public sealed record FailingProbe(Guid Id);

public sealed class ProbeFailure(string message) : Exception(message);

public static class FailingProbeHandler
{
    private static readonly ConcurrentDictionary<Guid, int> FailuresLeft = new();
    public static readonly ConcurrentDictionary<Guid, string?> Handled = new();

    /// <summary>The probe fails this many times, then is handled.</summary>
    public static FailingProbe Arrange(int failures)
    {
        var probe = new FailingProbe(Guid.NewGuid());
        FailuresLeft[probe.Id] = failures;
        return probe;
    }

    public static void Handle(FailingProbe probe, Envelope envelope)
    {
        if (FailuresLeft.AddOrUpdate(probe.Id, 0, (_, left) => left - 1) >= 0)
            throw new ProbeFailure($"Probe {probe.Id} failed on purpose.");
        Handled[probe.Id] = envelope.TenantId;
    }
}

/// <summary>A host that also handles <see cref="FailingProbe"/>, dead-lettering it at its first failure.</summary>
public sealed class ProbeApiFactory : ApiFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureWolverine(options =>
        {
            options.Discovery.IncludeType(typeof(FailingProbeHandler));
            options.OnException<ProbeFailure>().MoveToErrorQueue();
            // A replay is carried out by the durability agent's next round: make the rounds short here.
            options.Durability.ScheduledJobFirstExecution = TimeSpan.FromMilliseconds(100);
            options.Durability.ScheduledJobPollingTime = TimeSpan.FromMilliseconds(500);
        });

    public async Task SendProbeAsync(FailingProbe probe, string tenant)
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(probe, new DeliveryOptions { TenantId = tenant });
    }
}
