namespace CoachingBackend.Benchmarks;

/// <summary>What to measure and for how long: arguments win over BENCH_* environment variables, which win over defaults.</summary>
public sealed record BenchOptions
{
    public int Writers { get; init; } = 16;
    public double Seconds { get; init; } = 20;
    public double WarmupSeconds { get; init; } = 2;
    /// <summary>Streams (bare) or clients (HTTP) each writer round-robins over in the append and meeting scenarios.</summary>
    public int StreamsPerWriter { get; init; } = 4;
    /// <summary>Sequential commands per kind for the transactions-per-command count.</summary>
    public int XactCommands { get; init; } = 100;
    public int LongJourneyEvents { get; init; } = 2000;
    public int ShortJourneyEvents { get; init; } = 10;
    /// <summary>Meetings timed on each journey length.</summary>
    public int JourneySamples { get; init; } = 30;
    public string Output { get; init; } = "bench-results/latest.json";
    public string? HostDll { get; init; }
    /// <summary>Only the wearable ingest against COPY (issue 11), skipping the other scenarios.</summary>
    public bool WearablesOnly { get; init; }
    /// <summary>Only the throughput scenarios, bare and HTTP, and their ratios (<c>--only throughput</c>): a quick look while profiling.</summary>
    public bool ThroughputOnly { get; init; }
    /// <summary>Runs the analysts' export measurement alone (<c>--export</c>), over this many stored events.</summary>
    public bool ExportOnly { get; init; }
    public int ExportEvents { get; init; } = 1_000_000;
    /// <summary>Never written to the results: it may hold a password.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ConnectionString { get; init; }

    public const string Usage = """
        usage: ./build.sh bench [--seconds D] [--writers N] [--warmup S] [--streams-per-writer K]
                                [--xact-commands M] [--long-journey E] [--journey-samples J] [--out FILE]
                                [--host-dll PATH] [--only wearables|throughput] [--export [--export-events N]]
          env: BENCH_SECONDS, BENCH_WRITERS, BENCH_WARMUP, BENCH_OUT; ConnectionStrings__Postgres to use an existing
               server (otherwise a throwaway local cluster with fsync on is started and deleted afterwards)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions
        {
            Seconds = Env("BENCH_SECONDS", 20.0),
            Writers = (int)Env("BENCH_WRITERS", 16.0),
            WarmupSeconds = Env("BENCH_WARMUP", 2.0),
            Output = Environment.GetEnvironmentVariable("BENCH_OUT") is { Length: > 0 } o2 ? o2 : "bench-results/latest.json",
            ConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") is { Length: > 0 } c ? c : null,
        };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            o = args[i] switch
            {
                "--seconds" or "-d" => o with { Seconds = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--writers" or "-n" => o with { Writers = int.Parse(Next()) },
                "--warmup" => o with { WarmupSeconds = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--streams-per-writer" => o with { StreamsPerWriter = int.Parse(Next()) },
                "--xact-commands" => o with { XactCommands = int.Parse(Next()) },
                "--long-journey" => o with { LongJourneyEvents = int.Parse(Next()) },
                "--journey-samples" => o with { JourneySamples = int.Parse(Next()) },
                "--out" => o with { Output = Next() },
                "--host-dll" => o with { HostDll = Next() },
                "--only" => Next() switch
                {
                    "wearables" => o with { WearablesOnly = true },
                    "throughput" => o with { ThroughputOnly = true },
                    _ => throw new ArgumentException($"--only takes: wearables, throughput.\n{Usage}"),
                },
                "--export" => o with { ExportOnly = true },
                "--export-events" => o with { ExportEvents = int.Parse(Next()) },
                "--help" or "-h" => throw new ArgumentException(Usage),
                _ => throw new ArgumentException($"Unknown argument {args[i]}.\n{Usage}"),
            };
        }
        if (o.Writers < 1 || o.Seconds <= 0 || o.StreamsPerWriter < 1 || o.XactCommands < 1 || o.JourneySamples < 1
            || o.LongJourneyEvents <= o.ShortJourneyEvents || o.ExportEvents < 10_000)
            throw new ArgumentException($"Out-of-range argument.\n{Usage}");
        return o;
    }

    private static double Env(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : fallback;
}
