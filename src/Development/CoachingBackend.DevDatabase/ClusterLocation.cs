using System.Security.Cryptography;
using System.Text;

namespace CoachingBackend.DevDatabase;

/// <summary>
/// Where a local cluster keeps its data. PostgreSQL refuses to run as root, so as root the cluster runs as the
/// <c>postgres</c> user, which must be able to reach its data folder. When it cannot (the clone sits under a folder
/// closed to other users, such as one made by <c>mktemp -d</c>), the data moves to a folder of its own under
/// <see cref="PersistentRoot"/>, named after the requested path, so that the same clone finds the same data again,
/// and no folder of the user's is opened up (docs/adr/0012-development-database-outside-production.md).
/// </summary>
public static class ClusterLocation
{
    /// <summary>Where relocated data of a cluster that outlives the process lives.</summary>
    public const string PersistentRoot = "/var/lib/coachingbackend";

    /// <summary>Where relocated data of a throwaway cluster lives.</summary>
    public const string ThrowawayRoot = "/var/tmp/coachingbackend";

    /// <param name="DataDirectory">The cluster's data folder, which is also its socket folder.</param>
    /// <param name="Relocated">Whether it is not the requested folder, because the postgres user cannot reach that.</param>
    public sealed record Choice(string DataDirectory, bool Relocated);

    /// <param name="requested">The folder asked for (for the Host, <c>Database:DataDirectory</c>).</param>
    /// <param name="runsAsPostgresUser">Whether the cluster runs as the postgres user (the process runs as root).</param>
    /// <param name="postgresCanReach">Whether the postgres user can reach (traverse to and into) a folder.</param>
    /// <param name="relocationRoot"><see cref="PersistentRoot"/> or <see cref="ThrowawayRoot"/>.</param>
    public static Choice Choose(string requested, bool runsAsPostgresUser, Func<string, bool> postgresCanReach, string relocationRoot)
    {
        var full = Path.GetFullPath(requested);
        if (!runsAsPostgresUser || postgresCanReach(full)) return new Choice(full, Relocated: false);
        return new Choice(Path.Combine(relocationRoot, KeyOf(full), "postgres"), Relocated: true);
    }

    /// <summary>A short, stable name for a path: the same clone always maps to the same folder.</summary>
    public static string KeyOf(string fullPath) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fullPath.TrimEnd('/'))))[..16];

    /// <summary>The folder itself when it exists, else its nearest existing parent (what creating it would go through).</summary>
    public static string NearestExisting(string fullPath)
    {
        var directory = fullPath;
        while (!Directory.Exists(directory)) directory = Path.GetDirectoryName(directory) ?? "/";
        return directory;
    }
}
