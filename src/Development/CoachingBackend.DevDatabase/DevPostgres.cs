using DotNet.Testcontainers.Configurations;
using Microsoft.Extensions.Logging;
using Testcontainers.PostgreSql;

namespace CoachingBackend.DevDatabase;

/// <summary>
/// Starts a PostgreSQL of our own for Development and tests, with zero set-up: a Testcontainers container when a
/// Docker engine answers, else a private cluster from the local PostgreSQL binaries. Production never comes here:
/// it is given a connection string (docs/adr/0012-development-database-outside-production.md).
/// </summary>
public static class DevPostgres
{
    /// <param name="dataDirectory">Where a local cluster keeps its data; <c>null</c> for a throwaway cluster.</param>
    /// <param name="useDocker">Whether to try Docker before the local binaries.</param>
    public static async Task<ProvisionedDatabase> StartAsync(
        string? dataDirectory, bool useDocker, ILogger logger, CancellationToken ct = default)
    {
        if (useDocker && DockerAnswers())
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
