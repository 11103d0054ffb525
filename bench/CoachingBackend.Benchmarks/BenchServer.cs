using CoachingBackend.DevDatabase;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoachingBackend.Benchmarks;

/// <summary>
/// The one PostgreSQL every scenario runs against: the configured server, or a throwaway local cluster started with
/// fsync on (a persistent-style cluster of <see cref="LocalPostgresCluster"/> in a temporary folder, deleted at the
/// end), unlike the tests' cluster, which runs with fsync off. Each part of the benchmark gets a database of its own.
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly LocalPostgresCluster? _cluster;
    private readonly List<string> _created = [];

    private BenchServer(string connectionString, string description, LocalPostgresCluster? cluster)
    {
        ConnectionString = connectionString;
        Description = description;
        _cluster = cluster;
    }

    public string ConnectionString { get; }
    public string Description { get; }
    public Dictionary<string, string> Settings { get; } = [];

    public static async Task<BenchServer> StartAsync(string? configured)
    {
        BenchServer server;
        if (configured is not null)
        {
            server = new BenchServer(configured, "configured (ConnectionStrings__Postgres)", null);
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), $"coaching-bench-pg-{Guid.NewGuid():N}");
            // A data directory (not null) makes LocalPostgresCluster start with fsync=on; it does not delete it, we do.
            var cluster = await LocalPostgresCluster.StartAsync(folder, NullLogger.Instance, CancellationToken.None);
            server = new BenchServer(cluster.ConnectionString, $"throwaway local cluster in {cluster.DataDirectory}", cluster);
        }
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        foreach (var setting in new[] { "server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers", "max_connections" })
        {
            await using var show = new NpgsqlCommand($"show {setting}", connection);
            server.Settings[setting] = (string)(await show.ExecuteScalarAsync())!;
        }
        return server;
    }

    /// <summary>Creates a fresh database and returns its connection string; it is dropped at the end.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"bench_{purpose}_{Guid.NewGuid():N}"[..30];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        _created.Add(name);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }

    /// <summary>A connection to the server's maintenance database, which reads statistics without adding to them.</summary>
    public string MaintenanceConnectionString =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(MaintenanceConnectionString);
            await connection.OpenAsync();
            foreach (var name in _created)
            {
                await using var drop = new NpgsqlCommand($"drop database if exists {name} with (force)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"Could not drop the benchmark's databases: {e.Message}");
        }
        if (_cluster is null) return;
        await _cluster.DisposeAsync();
        try
        {
            Directory.Delete(_cluster.DataDirectory, recursive: true);
            // Relocated (root, unreachable temp folder): the cluster lives one folder down in a folder made for it.
            var parent = Path.GetDirectoryName(_cluster.DataDirectory)!;
            if (File.Exists(Path.Combine(parent, "requested-data-directory"))) Directory.Delete(parent, recursive: true);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"Could not delete {_cluster.DataDirectory}: {e.Message}");
        }
    }
}
