#if DEV_DATABASE
using CoachingBackend.DevDatabase;
#endif

namespace CoachingBackend.Host.Database;

/// <summary>
/// The one place the Host touches the development database (src/Development/CoachingBackend.DevDatabase): only a
/// Debug build references it, and only Development without a connection string comes here. A Release build, what
/// ships, carries neither it nor Testcontainers (docs/adr/0012-development-database-outside-production.md).
/// </summary>
internal static class DevelopmentDatabase
{
#if DEV_DATABASE
    public static async Task<HostDatabase> StartAsync(IConfiguration configuration, ILogger logger)
    {
        var started = await DevPostgres.StartAsync(
            DataDirectory(configuration), configuration.GetValue("Database:UseDocker", true), logger);
        return new HostDatabase(started.ConnectionString, started.Description, started);
    }

    // The Host's own local cluster keeps its data here, so it survives a restart.
    private static string DataDirectory(IConfiguration configuration) =>
        configuration["Database:DataDirectory"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Directory.GetCurrentDirectory(), ".data", "postgres");
#else
    public static Task<HostDatabase> StartAsync(IConfiguration configuration, ILogger logger) =>
        throw new InvalidOperationException(
            $"{HostDatabase.NotConfigured}: this Release build carries no development database " +
            "(run a Debug build, as ./build.sh run does, or set ConnectionStrings__Postgres).");
#endif
}
