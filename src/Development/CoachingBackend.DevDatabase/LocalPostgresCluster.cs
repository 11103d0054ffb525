using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace CoachingBackend.DevDatabase;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own binaries. PostgreSQL refuses to run as root,
/// so as root the cluster belongs to, and runs as, the <c>postgres</c> user.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private readonly string _binDirectory;
    private readonly string? _deletedAtDispose;
    private readonly ILogger _logger;

    private LocalPostgresCluster(string binDirectory, string dataDirectory, int port, string? deletedAtDispose, ILogger logger)
    {
        _binDirectory = binDirectory;
        DataDirectory = dataDirectory;
        Port = port;
        _deletedAtDispose = deletedAtDispose;
        _logger = logger;
    }

    public string DataDirectory { get; }
    public int Port { get; }
    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50";

    private static bool RunningAsRoot => Environment.UserName == "root";

    /// <param name="dataDirectory">A folder that outlives the process, or <c>null</c> for a throwaway cluster.</param>
    public static async Task<LocalPostgresCluster> StartAsync(string? dataDirectory, ILogger logger, CancellationToken ct)
    {
        var bin = FindBinaries();
        var throwaway = dataDirectory is null;
        var requested = Path.GetFullPath(dataDirectory ?? Path.Combine(Path.GetTempPath(), $"coaching-pg-{Guid.NewGuid():N}"));
        var reachable = !RunningAsRoot || await PostgresMayAsync("-x", ClusterLocation.NearestExisting(requested), ct);
        var choice = ClusterLocation.Choose(requested, RunningAsRoot, _ => reachable,
            throwaway ? ClusterLocation.ThrowawayRoot : ClusterLocation.PersistentRoot);
        var directory = choice.DataDirectory;
        Directory.CreateDirectory(directory);
        if (choice.Relocated)
        {
            // A note for whoever finds the folder: which clone's data this is.
            await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(directory)!, "requested-data-directory"), requested + "\n", ct);
            logger.LogInformation(
                "The postgres user cannot reach {Requested} (a parent folder is closed to other users), so this cluster's data lives in {Directory}",
                requested, directory);
        }
        if (RunningAsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", directory], asPostgres: false, ct);
            if (!await PostgresMayAsync("-w", directory, ct) || !await PostgresMayAsync("-x", directory, ct))
            {
                throw new InvalidOperationException(
                    $"The postgres user cannot reach {directory}. Set Database:DataDirectory to a folder it can reach, " +
                    "or set ConnectionStrings:Postgres.");
            }
        }

        // A throwaway cluster goes when it stops, with the folder made for it when it was relocated.
        var deletedAtDispose = !throwaway ? null : choice.Relocated ? Path.GetDirectoryName(directory) : directory;
        var running = RunningPort(directory);
        if (running is { } existingPort)
        {
            logger.LogInformation("PostgreSQL is already running from {Directory} on port {Port}", directory, existingPort);
            return new LocalPostgresCluster(bin, directory, existingPort, deletedAtDispose, logger);
        }

        if (!File.Exists(Path.Combine(directory, "PG_VERSION")))
        {
            await RunAsync(Path.Combine(bin, "initdb"),
                ["-D", directory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"], RunningAsRoot, ct);
        }

        var port = FreePort();
        var cluster = new LocalPostgresCluster(bin, directory, port, deletedAtDispose, logger);
        await cluster.StartServerAsync(throwaway, ct);
        logger.LogInformation("Started local PostgreSQL from {Directory} on port {Port}", directory, port);
        return cluster;
    }

    /// <summary>
    /// Stops the server (fast shutdown: open sessions end with 57P01), leaving its data in place; for tests of a
    /// database outage. <see cref="StartAgainAsync"/> brings it back on the same port.
    /// </summary>
    public Task StopAsync(CancellationToken ct = default) =>
        RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"], RunningAsRoot, ct);

    /// <summary>Starts a server stopped by <see cref="StopAsync"/> again, on the same port.</summary>
    public Task StartAgainAsync(CancellationToken ct = default) => StartServerAsync(_deletedAtDispose is not null, ct);

    private Task StartServerAsync(bool throwaway, CancellationToken ct)
    {
        var options = $"-p {Port} -k {DataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync={(throwaway ? "off" : "on")}";
        return RunAsync(Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", DataDirectory, "-o", options, "-l", Path.Combine(DataDirectory, "server.log"), "-w", "-t", "60", "start"],
            RunningAsRoot, ct);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"],
                RunningAsRoot, CancellationToken.None);
            if (_deletedAtDispose is not null) Directory.Delete(_deletedAtDispose, recursive: true);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Could not stop local PostgreSQL in {Directory}", DataDirectory);
        }
    }

    private static string FindBinaries()
    {
        var candidates = new List<string?> { Environment.GetEnvironmentVariable("PG_BIN") };
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        return candidates.FirstOrDefault(d => !string.IsNullOrEmpty(d) && File.Exists(Path.Combine(d, "initdb"))
                                              && File.Exists(Path.Combine(d, "pg_ctl")))
               ?? throw new InvalidOperationException(
                   "No PostgreSQL server binaries (initdb, pg_ctl) found: install PostgreSQL, run Docker, " +
                   "or set ConnectionStrings:Postgres.");
    }

    /// <summary>The port of a server still running from this folder (a previous run that was not stopped).</summary>
    private static int? RunningPort(string directory)
    {
        var pidFile = Path.Combine(directory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port)) return null;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : port;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether the postgres user passes <c>test</c>'s check (<c>-x</c>: traverse into, <c>-w</c>: write in) on a folder.</summary>
    private static async Task<bool> PostgresMayAsync(string check, string directory, CancellationToken ct)
    {
        try
        {
            await RunAsync("test", [check, directory], asPostgres: true, ct);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken ct)
    {
        var info = asPostgres
            ? new ProcessStartInfo("runuser") { ArgumentList = { "-u", "postgres", "--", file } }
            : new ProcessStartInfo(file);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        // The postgres user may not be allowed into the current folder (a clone under a closed folder).
        if (asPostgres) info.WorkingDirectory = "/";

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}");
        // pg_ctl's server inherits the pipes; read to the end only of what the command itself says.
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }
    }
}
