namespace CoachingBackend.Host.Database;

/// <summary>
/// The PostgreSQL the Host runs on: the configured <c>ConnectionStrings:Postgres</c>, or, in Development only,
/// one the development database starts (docs/adr/0012-development-database-outside-production.md).
/// Disposing it stops whatever was started for it.
/// </summary>
public sealed class HostDatabase(string connectionString, string description, IAsyncDisposable? owner) : IAsyncDisposable
{
    public const string ConnectionStringName = "Postgres";

    public const string NotConfigured =
        "ConnectionStrings:Postgres is not set; production needs a PostgreSQL connection string";

    public string ConnectionString { get; } = connectionString;

    /// <summary>Where the server came from, for the start-up log.</summary>
    public string Description { get; } = description;

    /// <summary>Fails fast, outside Development, when no connection string is configured.</summary>
    public static async Task<HostDatabase> ResolveAsync(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            logger.LogInformation("Using the configured PostgreSQL connection string");
            return new HostDatabase(configured, "configured connection string", null);
        }
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{NotConfigured} (environment {environment.EnvironmentName}: set ConnectionStrings__Postgres; " +
                "only Development starts a PostgreSQL of its own).");
        }
        return await DevelopmentDatabase.StartAsync(configuration, logger);
    }

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
