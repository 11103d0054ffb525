using CoachingBackend.IntegrationTests.Infrastructure;
using Npgsql;

namespace CoachingBackend.IntegrationTests.Foundation;

/// <summary>
/// A start applies the schema only when the database's is not this version's (docs/adr/0022-pre-generated-code-and-start-up.md):
/// a restart skips it, a database last started by another version gets it.
/// </summary>
public sealed class SchemaAtStartupTests
{
    [Fact]
    public async Task A_start_applies_the_schema_when_the_database_holds_another_versions_and_a_restart_does_not()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await StartAndStopAsync(database);
        var (fingerprint, appliedAt) = await AppliedAsync(database);
        Assert.Matches("^[0-9A-F]{64}$", fingerprint);

        await StartAndStopAsync(database);
        Assert.Equal((fingerprint, appliedAt), await AppliedAsync(database));

        await ExecuteAsync(database, "update coaching.mt_schema_fingerprint set fingerprint = 'an older version'; " +
                                     "drop index coaching.mt_doc_clientrecord_idx_coach_id");
        await StartAndStopAsync(database);
        var (after, appliedAfter) = await AppliedAsync(database);
        Assert.Equal(fingerprint, after);
        Assert.True(appliedAfter > appliedAt);
        Assert.Equal(1L, await ScalarAsync(database,
            "select count(*) from pg_indexes where schemaname = 'coaching' and indexname = 'mt_doc_clientrecord_idx_coach_id'"));
    }

    private static async Task StartAndStopAsync(string database)
    {
        await using var node = new ApiNode(database);
        await node.InitializeAsync();
    }

    private static async Task<(string Fingerprint, DateTime AppliedAt)> AppliedAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("select fingerprint, applied_at from coaching.mt_schema_fingerprint where id = 1", connection);
        await using var row = await read.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        return (row.GetString(0), row.GetDateTime(1));
    }

    private static async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static Task ExecuteAsync(string database, string sql) => ScalarAsync(database, sql);
}
