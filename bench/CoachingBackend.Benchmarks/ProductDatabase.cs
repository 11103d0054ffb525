using System.Diagnostics;
using Npgsql;

namespace CoachingBackend.Benchmarks;

/// <summary>
/// Reads of the product's database for the transaction count: <c>pg_stat_database.xact_commit</c> read from the
/// maintenance database (so the reading adds nothing), and a wait until the asynchronous work a command set off (durable
/// envelopes, async projections) is done, through one connection whose statements are counted and taken off.
/// </summary>
public sealed class ProductDatabase : IAsyncDisposable
{
    // PostgreSQL 15+ backends flush their statistics at most once a second while busy and 10 s after going idle.
    public static readonly TimeSpan StatisticsFlush = TimeSpan.FromSeconds(11.5);

    private readonly string _maintenance;
    private readonly string _database;
    private readonly NpgsqlConnection _connection;
    private string? _pendingSql;

    private ProductDatabase(string maintenance, string database, NpgsqlConnection connection)
    {
        _maintenance = maintenance;
        _database = database;
        _connection = connection;
    }

    /// <summary>Statements this helper ran on the product's database (each one a transaction there).</summary>
    public long OwnTransactions { get; private set; }

    public static async Task<ProductDatabase> OpenAsync(string maintenance, string productConnectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(productConnectionString).Database!;
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(productConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return new ProductDatabase(maintenance, database, connection);
    }

    public async Task<long> CommittedAsync()
    {
        await using var connection = new NpgsqlConnection(_maintenance);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("select xact_commit from pg_stat_database where datname = $1", connection);
        read.Parameters.Add(new NpgsqlParameter { Value = _database });
        return (long)(await read.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until no durable envelope is pending and every async projection has caught up; returns how long that took.</summary>
    public async Task<(TimeSpan Took, bool Settled)> SettleAsync(TimeSpan? limit = null)
    {
        _pendingSql ??= await PendingSqlAsync();
        var clock = Stopwatch.StartNew();
        var quiet = 0;
        while (clock.Elapsed < (limit ?? TimeSpan.FromSeconds(120)))
        {
            await using var pending = new NpgsqlCommand(_pendingSql, _connection);
            OwnTransactions++;
            var count = Convert.ToInt64(await pending.ExecuteScalarAsync());
            quiet = count == 0 ? quiet + 1 : 0;
            if (quiet >= 3) return (clock.Elapsed, true);
            await Task.Delay(200);
        }
        return (clock.Elapsed, false);
    }

    private async Task<string> PendingSqlAsync()
    {
        await using var find = new NpgsqlCommand("""
            select table_schema, table_name from information_schema.tables
            where table_name in ('wolverine_incoming_envelopes', 'wolverine_outgoing_envelopes', 'mt_event_progression', 'mt_events')
            """, _connection);
        OwnTransactions++;
        var tables = new Dictionary<string, string>();
        await using (var reader = await find.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables[reader.GetString(1)] = $"{reader.GetString(0)}.{reader.GetString(1)}";
        }
        var parts = new List<string>();
        if (tables.TryGetValue("wolverine_incoming_envelopes", out var incoming))
            parts.Add($"(select count(*) from {incoming} where status <> 'Handled')");
        if (tables.TryGetValue("wolverine_outgoing_envelopes", out var outgoing))
            parts.Add($"(select count(*) from {outgoing})");
        if (tables.TryGetValue("mt_event_progression", out var progression) && tables.TryGetValue("mt_events", out var events))
            parts.Add($"(select count(*) from {progression} where name <> 'HighWaterMark' and last_seq_id < (select coalesce(max(seq_id), 0) from {events}))");
        return parts.Count == 0 ? "select 0" : "select " + string.Join(" + ", parts);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
