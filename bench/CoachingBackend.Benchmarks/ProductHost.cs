using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoachingBackend.Benchmarks;

/// <summary>
/// The product as it ships: the Host as published (Release, ReadyToRun) run by `dotnet` as a child process, in Production, on Kestrel
/// on a loopback port, with its own database and a signing key; its working set sampled while it runs.
/// </summary>
public sealed class ProductHost : IAsyncDisposable
{
    public const string SigningKey = "benchmark-signing-key-0123456789abcdef-0123456789";

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly CancellationTokenSource _stopSampling = new();
    private readonly Task _sampler;
    private long _peakWorkingSet;
    private bool _disposed;

    private ProductHost(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _sampler = Task.Run(SampleAsync);
    }

    public Uri BaseAddress { get; }
    public int ProcessId => _process.Id;
    public TimeSpan ColdStart { get; private set; }
    public long PeakWorkingSetBytes => Interlocked.Read(ref _peakWorkingSet);

    /// <summary>Starts the peak over from the current working set, to measure one phase alone.</summary>
    public void ResetPeak()
    {
        _process.Refresh();
        Interlocked.Exchange(ref _peakWorkingSet, _process.WorkingSet64);
    }

    public static string DefaultDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoachingBackend.sln"))) directory = directory.Parent;
        if (directory is null) throw new InvalidOperationException("Cannot find the repository (CoachingBackend.sln) above the benchmark.");
        return Path.Combine(directory.FullName, "build/publish/host/CoachingBackend.Host.dll");
    }

    /// <summary>Starts the host and returns once /health/ready answers 200; <see cref="ColdStart"/> is that time.</summary>
    public static async Task<ProductHost> StartAsync(string dll, string connectionString, bool devClock = false)
    {
        if (!File.Exists(dll))
            throw new InvalidOperationException($"No published Host at {dll}: run `./build.sh bench`, which publishes it first.");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ConnectionStrings__Postgres"] = connectionString;
        info.Environment["Auth__SigningKey"] = SigningKey;
        // The wearable part moves the clock past its clients' referrals, so that they have days to sync.
        info.Environment["DevTools__Enabled"] = devClock ? "true" : "false";

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the Host.");
        var host = new ProductHost(process, new Uri($"http://127.0.0.1:{port}/"));
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The Host exited with {process.ExitCode} before it was ready:\n{host.LastLines()}");
            if (clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                await host.DisposeAsync();
                throw new TimeoutException($"The Host was not ready after 3 minutes:\n{host.LastLines()}");
            }
            try
            {
                using var response = await probe.GetAsync(new Uri(host.BaseAddress, "health/ready"));
                if (response.StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(25);
        }
        host.ColdStart = clock.Elapsed;
        return host;
    }

    public string LastLines()
    {
        lock (_lastLines) return string.Join('\n', _lastLines);
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 40) _lastLines.Dequeue();
        }
    }

    private async Task SampleAsync()
    {
        while (!_stopSampling.IsCancellationRequested)
        {
            try
            {
                _process.Refresh();
                if (_process.HasExited) return;
                var workingSet = _process.WorkingSet64;
                if (workingSet > Interlocked.Read(ref _peakWorkingSet)) Interlocked.Exchange(ref _peakWorkingSet, workingSet);
                await Task.Delay(100, _stopSampling.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (InvalidOperationException)
            {
                return;
            }
        }
    }

    /// <summary>Stops the host as a service manager would: SIGTERM, then a kill if it does not go within 20 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await _stopSampling.CancelAsync();
        await _sampler;
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await term.WaitForExitAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
