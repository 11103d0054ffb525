using JasperFx;
using JasperFx.Events;
using Marten;
using Npgsql;
using Weasel.Core;

namespace CoachingBackend.Benchmarks;

/// <summary>A small event of the benchmark's own.</summary>
public sealed record BenchEventHappened(Guid StreamId, int Writer, long Sequence, DateTimeOffset At);

/// <summary>The benchmark's stream state, folded live like the product's journey (no inline snapshot).</summary>
public sealed record BenchStream(Guid Id, long Count, DateTimeOffset LastAt)
{
    public static BenchStream Create(BenchEventHappened e) => new(e.StreamId, 1, e.At);
    public BenchStream Apply(BenchEventHappened e) => this with { Count = Count + 1, LastAt = e.At };
}

/// <summary>The floor under the product: Marten and Npgsql alone, configured like the product's store.</summary>
public static class BareScenarios
{
    private const string Tenant = "bench-org";

    public static DocumentStore Store(string connectionString) => DocumentStore.For(options =>
    {
        // As PersistenceSetup configures the product's store: conjoined tenancy, Guid streams with declared types,
        // the who/why metadata, System.Text.Json; a schema of its own.
        options.Connection(connectionString);
        options.DatabaseSchemaName = "bench_marten";
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        options.Policies.AllDocumentsAreMultiTenanted();
        options.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        options.Events.UseMandatoryStreamTypeDeclaration = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.Events.AddEventType<BenchEventHappened>();
    });

    private static IDocumentSession Open(DocumentStore store, int writer)
    {
        var session = store.LightweightSession(Tenant);
        session.CorrelationId = $"bench-{writer}";
        session.CausationId = "bench";
        session.LastModifiedBy = $"writer-{writer}";
        return session;
    }

    public static Task<ScenarioResult> StartStreamAsync(DocumentStore store, BenchOptions options) =>
        Load.RunAsync("bare Marten StartStream (1 event)", options, writer =>
        {
            long sequence = 0;
            return Task.FromResult<Func<CancellationToken, Task>>(async ct =>
            {
                await using var session = Open(store, writer);
                var id = Guid.CreateVersion7();
                session.Events.StartStream<BenchStream>(id, new BenchEventHappened(id, writer, ++sequence, DateTimeOffset.UtcNow));
                await session.SaveChangesAsync(ct);
            });
        });

    public static Task<ScenarioResult> FetchForWritingAppendAsync(DocumentStore store, BenchOptions options) =>
        Load.RunAsync("bare Marten FetchForWriting + 1 append", options, async writer =>
        {
            // Each writer its own streams, started with a few events, like a young journey.
            var streams = new Guid[options.StreamsPerWriter];
            for (var s = 0; s < streams.Length; s++)
            {
                await using var session = Open(store, writer);
                var id = streams[s] = Guid.CreateVersion7();
                session.Events.StartStream<BenchStream>(id, new BenchEventHappened(id, writer, 0, DateTimeOffset.UtcNow));
                await session.SaveChangesAsync();
            }
            long sequence = 0;
            return async ct =>
            {
                var id = streams[sequence % streams.Length];
                await using var session = Open(store, writer);
                var stream = await session.Events.FetchForWriting<BenchStream>(id, ct);
                stream.AppendOne(new BenchEventHappened(id, writer, ++sequence, DateTimeOffset.UtcNow));
                await session.SaveChangesAsync(ct);
            };
        });

    public static async Task<ScenarioResult> NpgsqlInsertAsync(string connectionString, BenchOptions options)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var create = dataSource.CreateCommand("""
            create schema if not exists bench_plain;
            create table if not exists bench_plain.rows (
                id bigserial primary key, writer int not null, sequence bigint not null,
                payload text not null, created_at timestamptz not null default now())
            """))
        {
            await create.ExecuteNonQueryAsync();
        }
        return await Load.RunAsync("plain Npgsql INSERT + commit", options, writer =>
        {
            long sequence = 0;
            return Task.FromResult<Func<CancellationToken, Task>>(async ct =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct);
                await using var transaction = await connection.BeginTransactionAsync(ct);
                await using var insert = new NpgsqlCommand(
                    "insert into bench_plain.rows (writer, sequence, payload) values ($1, $2, $3)", connection, transaction);
                insert.Parameters.Add(new NpgsqlParameter { Value = writer });
                insert.Parameters.Add(new NpgsqlParameter { Value = ++sequence });
                insert.Parameters.Add(new NpgsqlParameter { Value = "{\"kind\":\"bench\",\"note\":\"one small row\"}" });
                await insert.ExecuteNonQueryAsync(ct);
                await transaction.CommitAsync(ct);
            });
        });
    }
}
