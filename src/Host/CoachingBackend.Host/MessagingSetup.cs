using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.BuildingBlocks.Pipeline;
using CoachingBackend.BuildingBlocks.Resilience;
using JasperFx.CodeGeneration;
using Wolverine;
using Wolverine.ErrorHandling;

namespace CoachingBackend.Host;

public static class MessagingSetup
{
    /// <summary>
    /// Wolverine carries integration events between modules on durable local queues backed by the Marten
    /// outbox (docs/adr/0004-integration-events-with-wolverine.md).
    /// </summary>
    public static IHostBuilder AddCoachingMessaging(this IHostBuilder host, IConfiguration configuration, IHostEnvironment environment) =>
        host.UseWolverine(options =>
        {
            // The handlers' code is generated ahead of time into Internal/Generated (./build.sh codegen) and compiled
            // into the Host: in production it is loaded, never compiled at run time (no Roslyn at start or at a first
            // message). Elsewhere a handler with no generated code yet is compiled at run time; a test fails until the
            // generated code is written again (docs/adr/0022-pre-generated-code-and-start-up.md).
            options.ApplicationAssembly = typeof(MessagingSetup).Assembly;
            options.CodeGeneration.TypeLoadMode = environment.IsProduction() ? TypeLoadMode.Static : TypeLoadMode.Auto;
            options.CodeGeneration.SourceCodeWritingEnabled = false;
            options.UseRuntimeCompilation();
            // Several nodes on one database share the inbox and outbox and elect one leader for Wolverine's own agents
            // (docs/adr/0011-two-hosts.md). Balanced is the default; said here because the design depends on it.
            options.Durability.Mode = DurabilityMode.Balanced;
            // Dead letters carry health data: they expire, and an archived one does not outlive the same period.
            var retention = TimeSpan.FromDays(configuration.GetValue("Messaging:DeadLetterRetentionDays", 14));
            options.Durability.DeadLetterQueueExpirationEnabled = true;
            options.Durability.DeadLetterQueueExpiration = retention;
            options.Durability.ArchivedDeadLetterRetention = retention;
            options.Policies.UseDurableLocalQueues();
            options.Policies.AutoApplyTransactions();
            // Messages are read as the API and the event store write JSON (enums as kebab-case strings).
            options.UseSystemTextJsonForSerialization(JsonDefaults.Apply);
            // Who acted travels with the message, so the events its handlers write can say who set them off.
            options.EnableRelayOfUserName = true;
            // Each module's handler of the same event runs, fails and retries on its own.
            options.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
            // Mediator's command and query handlers are public and have Handle methods: keep them out.
            options.Discovery.CustomizeHandlerDiscovery(types =>
                types.Excludes.WithCondition("mediator handlers", MediatorHandlers.Is));
            // Two handlers writing the same journey at once: the loser retries on the new version.
            options.OnException<JasperFx.ConcurrencyException>().Or<JasperFx.DocumentAlreadyExistsException>().RetryWithCooldown(
                TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
            // The database restarting or out of reach: retry in place, backing off, for about a minute (nothing can be
            // written meanwhile, not even a scheduled retry or a dead letter), then on a schedule once it answers again.
            // A restart of a few seconds dead-letters nothing (README, "Retries").
            options.OnException(DatabaseFailures.IsTransient, "a transient database failure")
                .RetryWithCooldown(TransientRetryCooldowns)
                .Then.ScheduleRetry(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15));
            foreach (var module in ModuleRegistry.All) module.ConfigureWolverine(options);
        });

    /// <summary>Waits between in-place retries of a transient database failure: about 63 s in all.</summary>
    public static readonly TimeSpan[] TransientRetryCooldowns =
    [
        TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2),
        TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10),
        TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15),
    ];
}
