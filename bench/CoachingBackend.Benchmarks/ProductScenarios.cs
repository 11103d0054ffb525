using System.Diagnostics;

namespace CoachingBackend.Benchmarks;

public sealed record TransactionCount(
    string Command, int Commands, long CommittedBefore, long CommittedAfter, long OwnStatements, double Seconds,
    double BackgroundPerSecond, double PerCommand, bool Settled);

public sealed record JourneyLengthResult(int ShortEvents, LatencySummary Short, long LongEvents, LatencySummary Long,
    double MeanRatio, double BuildSeconds);

/// <summary>The product, over HTTP, against its own database on the same server.</summary>
public sealed class ProductScenarios(ProductApi api, ProductDatabase database, BenchOptions options)
{
    public Task<ScenarioResult> ReferralsAsync() =>
        Load.RunAsync("HTTP POST /referrals", options, _ =>
            Task.FromResult<Func<CancellationToken, Task>>(async ct => await api.ReferAsync(ct)));

    public Task<ScenarioResult> MeetingsAsync() =>
        Load.RunAsync("HTTP POST /clients/{id}/meetings", options, async _ =>
        {
            // Each writer its own clients, so writers never race on a journey.
            var clients = new Guid[options.StreamsPerWriter];
            for (var c = 0; c < clients.Length; c++) clients[c] = (await api.ReferAsync()).ClientId;
            long sequence = 0;
            return async ct => await api.RecordMeetingAsync(clients[sequence++ % clients.Length], ct);
        });

    /// <summary>
    /// Committed transactions of the product's database per command: read before and after a fixed number of sequential
    /// commands and the asynchronous work they set off, less this benchmark's own statements and less what the idle host
    /// commits by itself (polling agents, the projection daemon's leader election) in an idle window of the same length
    /// right after. Statistics reach pg_stat_database up to 10 s late, so each reading waits for them.
    /// </summary>
    public async Task<TransactionCount> TransactionsPerCommandAsync(string command, Func<Task> run)
    {
        await database.SettleAsync();
        await Task.Delay(ProductDatabase.StatisticsFlush);
        var ownBefore = database.OwnTransactions;
        var clock = Stopwatch.StartNew();
        var before = await database.CommittedAsync();
        for (var i = 0; i < options.XactCommands; i++) await run();
        var (_, settled) = await database.SettleAsync();
        await Task.Delay(ProductDatabase.StatisticsFlush);
        var after = await database.CommittedAsync();
        var window = clock.Elapsed;
        var own = database.OwnTransactions - ownBefore;

        clock.Restart();
        await Task.Delay(window);
        var idle = await database.CommittedAsync() - after;
        var backgroundPerSecond = idle / clock.Elapsed.TotalSeconds;
        var perCommand = (after - before - own - backgroundPerSecond * window.TotalSeconds) / options.XactCommands;
        return new TransactionCount(command, options.XactCommands, before, after, own, Math.Round(window.TotalSeconds, 1),
            Math.Round(backgroundPerSecond, 2), Math.Round(perCommand, 2), settled);
    }

    /// <summary>The meeting command on young journeys (10 events) against one long journey (2,000 events, built over HTTP).</summary>
    public async Task<JourneyLengthResult> JourneyLengthAsync()
    {
        Console.Write($"  building {options.JourneySamples} journeys of {options.ShortJourneyEvents} events and one of {options.LongJourneyEvents}...");
        var build = Stopwatch.StartNew();
        var young = new List<Guid>();
        for (var j = 0; j < options.JourneySamples; j++) young.Add(await JourneyOfAsync(options.ShortJourneyEvents));
        var old = await JourneyOfAsync(options.LongJourneyEvents);
        await database.SettleAsync();
        build.Stop();
        Console.WriteLine($" {build.Elapsed.TotalSeconds:F0} s");

        var shortLatency = await Load.SequentialAsync(young.Count, i => api.RecordMeetingAsync(young[i]));
        var longLatency = await Load.SequentialAsync(options.JourneySamples, _ => api.RecordMeetingAsync(old));
        return new JourneyLengthResult(options.ShortJourneyEvents, shortLatency, options.LongJourneyEvents, longLatency,
            Math.Round(longLatency.Mean / shortLatency.Mean, 2), Math.Round(build.Elapsed.TotalSeconds, 1));
    }

    private async Task<Guid> JourneyOfAsync(int events)
    {
        var (client, version) = await api.ReferAsync();
        while (version < events)
        {
            version = await api.RecordMeetingAsync(client);
            if (version % 500 == 0) Console.Write($" {version}");
        }
        return client;
    }
}
