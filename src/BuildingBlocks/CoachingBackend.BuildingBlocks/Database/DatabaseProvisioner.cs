using DotNet.Testcontainers.Configurations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Testcontainers.PostgreSql;

namespace CoachingBackend.BuildingBlocks.Database;

/// <summary>
/// Finds a PostgreSQL server with zero set-up, in this order: a configured connection string
/// (<c>ConnectionStrings:Postgres</c>); else a Testcontainers container when a Docker engine answers;
/// else a private cluster started from the local PostgreSQL binaries. See docs/adr/0005-database-provisioning.md.
/// </summary>
public static class DatabaseProvisioner
{
    public const string ConnectionStringName = "Postgres";

    /// <param name="dataDirectory">Where a local cluster keeps its data; <c>null</c> for a throwaway cluster.</param>
    public static async Task<ProvisionedDatabase> ProvisionAsync(
        IConfiguration configuration, string? dataDirectory, ILogger logger, CancellationToken ct = default)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            logger.LogInformation("Using the configured PostgreSQL connection string");
            return new ProvisionedDatabase(configured, "configured", null);
        }

        if (configuration.GetValue("Database:UseDocker", true) && DockerAnswers())
        {
            try
            {
                return await StartContainerAsync(dataDirectory is not null, logger, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Docker answered but the PostgreSQL container did not start; using local binaries");
            }
        }

        var cluster = await LocalPostgresCluster.StartAsync(dataDirectory, logger, ct);
        return new ProvisionedDatabase(cluster.ConnectionString, $"local cluster in {cluster.DataDirectory}", cluster);
    }

    private static bool DockerAnswers()
    {
        try
        {
            return TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;
        }
        catch
        {
            return false;
        }
    }

    private static async Task<ProvisionedDatabase> StartContainerAsync(bool persistent, ILogger logger, CancellationToken ct)
    {
        var builder = new PostgreSqlBuilder("postgres:17-alpine").WithDatabase("coaching");
        if (persistent)
        {
            // A named volume keeps the Host's data across restarts, as the local cluster's folder does.
            builder = builder.WithVolumeMount("coachingbackend-postgres", "/var/lib/postgresql/data");
        }
        var container = builder.Build();
        await container.StartAsync(ct);
        logger.LogInformation("Started PostgreSQL in a Docker container ({Image})", container.Image.FullName);
        return new ProvisionedDatabase(container.GetConnectionString(), "docker container", container);
    }
}
