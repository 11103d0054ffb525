using System.Security.Cryptography;
using System.Text;
using CoachingBackend.BuildingBlocks.Locking;
using JasperFx;
using Marten;
using Npgsql;

namespace CoachingBackend.Host.Database;

/// <summary>
/// Brings the database's schema (Marten's documents and events, Wolverine's inbox and outbox) up to this version
/// before anything else starts, and only when this version's schema is not the one last applied there: a hash of the
/// whole creation script is kept in the database, and a host whose hash matches starts without comparing every table,
/// index and function with the configuration (most of a restart's time). A schema changed by hand outside Marten is
/// not noticed; <c>db-assert</c> and <c>db-apply</c> check and mend it (docs/adr/0022-pre-generated-code-and-start-up.md).
/// </summary>
public sealed class SchemaAtStartup(IDocumentStore store, ILogger<SchemaAtStartup> logger) : IHostedService
{
    private const string Table = "mt_schema_fingerprint";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var schema = store.Options.DatabaseSchemaName;
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(store.Storage.ToDatabaseScript())));
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        if (await AppliedAsync(connection, schema, cancellationToken) == fingerprint) return;

        // Nodes of a new version starting together: one applies the schema, the others wait and then find it applied.
        var lockId = ((StoreOptions)store.Options).ApplyChangesLockId;
        await AdvisoryLocks.LockAsync(connection, lockId, cancellationToken);
        try
        {
            if (await AppliedAsync(connection, schema, cancellationToken) == fingerprint) return;
            logger.LogInformation("Applying this version's schema to the database");
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate);
            await RecordAsync(connection, schema, fingerprint, cancellationToken);
        }
        finally
        {
            await AdvisoryLocks.UnlockAsync(connection, lockId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task RecordAsync(NpgsqlConnection connection, string schema, string fingerprint, CancellationToken ct)
    {
        await using var record = new NpgsqlCommand(
            $"create table if not exists {schema}.{Table} (id int primary key, fingerprint text not null, applied_at timestamptz not null default now());" +
            $"insert into {schema}.{Table} (id, fingerprint) values (1, @fingerprint) " +
            "on conflict (id) do update set fingerprint = excluded.fingerprint, applied_at = now()", connection);
        record.Parameters.AddWithValue("fingerprint", fingerprint);
        await record.ExecuteNonQueryAsync(ct);
    }

    private static async Task<string?> AppliedAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var read = new NpgsqlCommand($"select fingerprint from {schema}.{Table} where id = 1", connection);
        try
        {
            return await read.ExecuteScalarAsync(ct) as string;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return null; // a new database, or one never started by a version that keeps the fingerprint
        }
    }
}
