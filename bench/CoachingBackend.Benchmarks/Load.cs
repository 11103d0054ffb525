using System.Diagnostics;

namespace CoachingBackend.Benchmarks;

/// <summary>Latency figures of one set of timed operations, in milliseconds.</summary>
public sealed record LatencySummary(long Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(IReadOnlyCollection<double> ms)
    {
        if (ms.Count == 0) return new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var sorted = ms.Order().ToArray();
        // Nearest rank: the smallest value with at least p of the samples at or below it.
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Length, sorted.Average(), Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1]);
    }
}

public sealed record ScenarioResult(
    string Name, int Writers, double Seconds, double OpsPerSecond, LatencySummary Latency, long Errors, string? FirstError);

/// <summary>
/// N writers, each running its own operation back to back for a warm-up and then for the measured time. An operation
/// counts when it starts inside the measured window; throughput is those operations over the time until the last ends.
/// </summary>
public static class Load
{
    public static async Task<ScenarioResult> RunAsync(string name, BenchOptions options,
        Func<int, Task<Func<CancellationToken, Task>>> prepareWriter)
    {
        Console.Write($"  {name,-44} preparing {options.Writers} writers...");
        var operations = new Func<CancellationToken, Task>[options.Writers];
        for (var w = 0; w < options.Writers; w++) operations[w] = await prepareWriter(w);
        Console.Write(" running...");

        var clock = Stopwatch.StartNew();
        var measureFrom = TimeSpan.FromSeconds(options.WarmupSeconds);
        var measureUntil = measureFrom + TimeSpan.FromSeconds(options.Seconds);
        var latencies = new List<double>[options.Writers];
        var errors = 0L;
        string? firstError = null;
        var lastEnd = TimeSpan.Zero;
        var gate = new object();
        using var abort = new CancellationTokenSource(measureUntil + TimeSpan.FromSeconds(60));

        var writers = Enumerable.Range(0, options.Writers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(4096);
            while (true)
            {
                var start = clock.Elapsed;
                if (start >= measureUntil) break;
                var measured = start >= measureFrom;
                try
                {
                    await operations[w](abort.Token);
                    var end = clock.Elapsed;
                    if (!measured) continue;
                    mine.Add((end - start).TotalMilliseconds);
                    lock (gate) if (end > lastEnd) lastEnd = end;
                }
                catch (Exception e) when (!abort.IsCancellationRequested)
                {
                    if (!measured) continue;
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{e.GetType().Name}: {Shorten(e.Message)}", null);
                }
            }
        })).ToArray();
        await Task.WhenAll(writers);

        var all = latencies.SelectMany(l => l).ToList();
        var window = (lastEnd > measureUntil ? lastEnd : measureUntil) - measureFrom;
        var result = new ScenarioResult(name, options.Writers, Math.Round(window.TotalSeconds, 2),
            all.Count / window.TotalSeconds, LatencySummary.Of(all), errors, firstError);
        Console.WriteLine($" {result.OpsPerSecond:F0} ops/s, p50 {result.Latency.P50:F1} ms, errors {errors}");
        return result;
    }

    /// <summary>Times <paramref name="operation"/> run <paramref name="count"/> times one after another.</summary>
    public static async Task<LatencySummary> SequentialAsync(int count, Func<int, Task> operation)
    {
        var ms = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await operation(i);
            ms.Add(clock.Elapsed.TotalMilliseconds);
        }
        return LatencySummary.Of(ms);
    }

    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
