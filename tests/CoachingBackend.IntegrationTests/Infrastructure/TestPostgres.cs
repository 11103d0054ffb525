using CoachingBackend.DevDatabase;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>
/// One PostgreSQL server per test run (the one <c>ConnectionStrings__Postgres</c> names, else a throwaway one from
/// the development database the Host uses in Development: a Testcontainers container or a local cluster), and a
/// fresh database on it for each test host.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<ProvisionedDatabase>> Server = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Server.Value;
        var name = $"test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<ProvisionedDatabase> StartAsync()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (configuration.GetConnectionString("Postgres") is { Length: > 0 } configured)
            return new ProvisionedDatabase(configured, "configured", null);
        var server = await DevPostgres.StartAsync(dataDirectory: null, configuration.GetValue("Database:UseDocker", true), NullLogger.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }
}
