using System.Diagnostics;
using System.Text.Json;
using CoachingBackend.Benchmarks;

// ./build.sh bench [--seconds D] [--writers N] ...: the product's own benchmark (README, "Benchmark").
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var startedAt = DateTimeOffset.UtcNow;
var total = Stopwatch.StartNew();
Console.WriteLine($"CoachingBackend benchmark: {options.Writers} writers, {options.Seconds:0.#} s per scenario " +
                  $"(+{options.WarmupSeconds:0.#} s warm-up), {Environment.ProcessorCount} cores");

await using var server = await BenchServer.StartAsync(options.ConnectionString);
Console.WriteLine($"PostgreSQL {server.Settings["server_version"]}: {server.Description}; fsync={server.Settings["fsync"]}, " +
                  $"synchronous_commit={server.Settings["synchronous_commit"]}");
if (server.Settings["fsync"] != "on")
    Console.WriteLine("  WARNING: fsync is off on this server; commit latencies are not those of a durable database.");

if (options.ExportOnly)
{
    // ./build.sh bench --export: the analysts' export alone (a million events take a few minutes to seed and read).
    var export = await ExportScenario.RunAsync(server, options);
    var exportOutput = Path.GetFullPath(options.Output);
    Directory.CreateDirectory(Path.GetDirectoryName(exportOutput)!);
    await File.WriteAllTextAsync(exportOutput, JsonSerializer.Serialize(new { startedAt, options, export },
        new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
    Console.WriteLine($"Written to {exportOutput} ({total.Elapsed.TotalSeconds:F0} s in all).");
    return 0;
}

var dll = options.HostDll ?? ProductHost.DefaultDll();
if (options.WearablesOnly)
{
    var wearablesAlone = await WearableScenarios.RunAsync(server, dll, options);
    var only = Path.GetFullPath(options.Output);
    Directory.CreateDirectory(Path.GetDirectoryName(only)!);
    await File.WriteAllTextAsync(only, JsonSerializer.Serialize(new { startedAt, options, machine = new { cores = Environment.ProcessorCount },
        wearables = wearablesAlone }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
    Console.WriteLine($"Written to {only} ({total.Elapsed.TotalSeconds:F0} s in all).");
    return 0;
}

var scenarios = new List<ScenarioResult>();
Console.WriteLine("Bare (the floor under the product):");
await using (var store = BareScenarios.Store(await server.CreateDatabaseAsync("marten")))
{
    await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    scenarios.Add(await BareScenarios.StartStreamAsync(store, options));
    scenarios.Add(await BareScenarios.FetchForWritingAppendAsync(store, options));
}
scenarios.Add(await BareScenarios.NpgsqlInsertAsync(await server.CreateDatabaseAsync("plain"), options));

Console.WriteLine("Product (the published Host in Production, Kestrel on loopback, child process):");
var productConnection = await server.CreateDatabaseAsync("product");
TimeSpan firstStart;
await using (var first = await ProductHost.StartAsync(dll, productConnection)) firstStart = first.ColdStart;
Console.WriteLine($"  cold start on an empty database (creates the schema): {firstStart.TotalMilliseconds:F0} ms");
await using var host = await ProductHost.StartAsync(dll, productConnection);
Console.WriteLine($"  cold start on an existing schema: {host.ColdStart.TotalMilliseconds:F0} ms (pid {host.ProcessId})");

using var api = new ProductApi(host.BaseAddress, options.Writers);
await using var database = await ProductDatabase.OpenAsync(server.MaintenanceConnectionString, productConnection);
var product = new ProductScenarios(api, database, options);
var drained = new Dictionary<string, double>();

var referrals = await product.ReferralsAsync();
scenarios.Add(referrals);
var (took, _) = await database.SettleAsync();
drained[referrals.Name] = Math.Round(took.TotalSeconds, 1);
var meetings = await product.MeetingsAsync();
scenarios.Add(meetings);
(took, _) = await database.SettleAsync();
drained[meetings.Name] = Math.Round(took.TotalSeconds, 1);
var ratios = new Dictionary<string, double>
{
    ["httpReferralPerBareStartStream"] = Math.Round(scenarios[3].OpsPerSecond / scenarios[0].OpsPerSecond, 3),
    ["httpMeetingPerBareFetchForWritingAppend"] = Math.Round(scenarios[4].OpsPerSecond / scenarios[1].OpsPerSecond, 3),
};
if (options.ThroughputOnly)
{
    Report.PrintThroughput(scenarios);
    Console.WriteLine($"ratios: referral / StartStream {ratios["httpReferralPerBareStartStream"]:F3}, " +
                      $"meeting / FetchForWriting+append {ratios["httpMeetingPerBareFetchForWritingAppend"]:F3}");
    return 0;
}

Console.WriteLine("Transactions per command (sequential, after async work settles; about a minute each):");
var referralTransactions = await product.TransactionsPerCommandAsync("POST /referrals", () => api.ReferAsync());
Console.WriteLine($"  POST /referrals: {referralTransactions.PerCommand:F2}");
var meetingClient = (await api.ReferAsync()).ClientId;
var meetingTransactions = await product.TransactionsPerCommandAsync("POST /clients/{id}/meetings",
    () => api.RecordMeetingAsync(meetingClient));
Console.WriteLine($"  POST /clients/{{id}}/meetings: {meetingTransactions.PerCommand:F2}");

Console.WriteLine("Meeting latency by journey length:");
var journeys = await product.JourneyLengthAsync();

var peakMb = host.PeakWorkingSetBytes / (1024.0 * 1024.0);
// Last, with the product's host stopped: the ingest leaves the server writing out and vacuuming a few hundred
// megabytes, which would weigh on whatever ran next.
await host.DisposeAsync();
var wearables = await WearableScenarios.RunAsync(server, dll, options);
var results = new
{
    startedAt,
    durationSeconds = Math.Round(total.Elapsed.TotalSeconds, 1),
    machine = new { cores = Environment.ProcessorCount, os = Environment.OSVersion.ToString(), dotnet = Environment.Version.ToString() },
    options,
    postgres = new { server.Description, server.Settings },
    scenarios,
    ratiosOfThroughput = ratios,
    asyncWorkDrainedAfterSeconds = drained,
    transactionsPerCommand = new[] { referralTransactions, meetingTransactions },
    meetingByJourneyLength = journeys,
    coldStartMs = new { emptyDatabase = Math.Round(firstStart.TotalMilliseconds), existingSchema = Math.Round(host.ColdStart.TotalMilliseconds) },
    hostPeakWorkingSetMb = Math.Round(peakMb, 1),
    wearables,
};

Report.Print(scenarios, ratios, referralTransactions, meetingTransactions, journeys, firstStart, host.ColdStart, peakMb, drained);
var output = Path.GetFullPath(options.Output);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, JsonSerializer.Serialize(results, new JsonSerializerOptions
{
    WriteIndented = true,
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
}));
Console.WriteLine($"Written to {output} ({total.Elapsed.TotalSeconds:F0} s in all).");
return 0;
