using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Http.Idempotency;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Host.Analytics;
using CoachingBackend.Host.Database;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.OpenTelemetry;
using Marten;
using Weasel.Core;
using Wolverine.Marten;

namespace CoachingBackend.Host;

public static class PersistenceSetup
{
    /// <summary>
    /// One Marten store for all modules (docs/adr/0002-event-store-and-streams.md): conjoined tenancy for
    /// events and documents, and the who/why metadata on every event.
    /// </summary>
    public static IServiceCollection AddCoachingPersistence(
        this IServiceCollection services, string connectionString, IHostEnvironment environment)
    {
        services.AddScoped<EventStreams>();
        services.AddMarten(options =>
            {
                // No DISCARD ALL on every checkout from the pool: it cost one transaction per connection use (half of
                // all transactions). Nothing here leaves session state behind; advisory locks are released explicitly.
                // Statements a connection has run twice are prepared on it: Marten's long upserts and appends are then
                // sent and planned once per connection, not parsed again on every command (ADR 24).
                options.Connection(new Npgsql.NpgsqlConnectionStringBuilder(connectionString)
                {
                    NoResetOnClose = true,
                    MaxAutoPrepare = 256,
                    AutoPrepareMinUsages = 2,
                }.ConnectionString);
                options.DatabaseSchemaName = "coaching";
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, JsonDefaults.Apply);
                options.Policies.AllDocumentsAreMultiTenanted();
                options.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                // Quick appends (Marten 9's default, said here because the design depends on it): one statement per
                // stream, sequence and timestamps assigned by the database (docs/adr/0025-quick-append.md).
                options.Events.AppendMode = EventAppendMode.QuickWithServerTimestamps;
                // Two commands on one stream at once: the second waits at the version check for the first to commit,
                // then fails as a concurrency conflict (and its handler retries), instead of both passing the check in
                // READ COMMITTED and the loser leaving a gap in the event sequence that stalls the projection daemon.
                options.Events.UseExclusiveLockOnConcurrentAppends = true;
                options.Events.UseMandatoryStreamTypeDeclaration = true;
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.UserNameEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;
                // The whole schema is applied before the host starts (SchemaAtStartup), not checked table by table on
                // each document type's first use.
                options.AutoCreateSchemaObjects = AutoCreate.None;
                // Marten's spans (a session's connection and its commands) and its counters of appended events.
                options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
                options.OpenTelemetry.TrackEventCounters();
                foreach (var module in ModuleRegistry.All) module.ConfigureMarten(options);
                // Idempotency-Key records, per organisation and caller (docs/adr/0013-idempotency-key.md).
                options.Schema.For<IdempotencyRecord>().Index(r => r.CreatedAt);
                // The organisations' secrets for the analysts' pseudonymous keys (docs/adr/0020-analyst-export.md).
                AnalyticsSetup.ConfigureMarten(options);
            })
            .UseLightweightSessions()
            // Hot/cold: on several nodes, each async projection runs on the one node holding its advisory lock, and
            // another takes over when that node goes (docs/adr/0011-two-hosts.md).
            .AddAsyncDaemon(DaemonMode.HotCold)
            // Wolverine builds its own inbox, outbox and node tables as it starts: Marten's AutoCreate of None (above)
            // would otherwise leave them unbuilt.
            .IntegrateWithWolverine(wolverine => wolverine.AutoCreate = AutoCreate.CreateOrUpdate);
        // Before Wolverine and the projection daemon, which need the schema; skipped when it is this version's already.
        services.AddSingleton<SchemaAtStartup>();
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(s => s.GetRequiredService<SchemaAtStartup>()));
        services.AddTenantSessions();
        return services;
    }
}
