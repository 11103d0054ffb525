using CoachingBackend.BuildingBlocks.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL server per test run (a configured one, a Testcontainers container, or a local
/// cluster, chosen by the same component the Host uses), and a fresh database on it for each test host.
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
        var server = await DatabaseProvisioner.ProvisionAsync(configuration, dataDirectory: null, NullLogger.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }
}
