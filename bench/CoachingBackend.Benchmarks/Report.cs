using System.Globalization;

namespace CoachingBackend.Benchmarks;

public static class Report
{
    public static void Print(IReadOnlyList<ScenarioResult> scenarios, IReadOnlyDictionary<string, double> ratios,
        TransactionCount referral, TransactionCount meeting, JourneyLengthResult journeys, TimeSpan firstStart,
        TimeSpan coldStart, double peakMb, IReadOnlyDictionary<string, double> drained)
    {
        PrintThroughput(scenarios);
        Console.WriteLine();
        Console.WriteLine($"| {"figure",-62} | {"value",12} |");
        Console.WriteLine($"|{new string('-', 64)}|{new string('-', 14)}|");
        void Row(string name, string value) => Console.WriteLine($"| {name,-62} | {value,12} |");
        Row("throughput ratio: HTTP referral / bare StartStream", F(ratios["httpReferralPerBareStartStream"], "F3"));
        Row("throughput ratio: HTTP meeting / bare FetchForWriting+append", F(ratios["httpMeetingPerBareFetchForWritingAppend"], "F3"));
        foreach (var (name, seconds) in drained) Row($"async work drained after {name.Replace("HTTP ", "")} (s)", F(seconds));
        Row($"transactions per referral ({referral.Commands} sequential{(referral.Settled ? "" : ", NOT settled")})", F(referral.PerCommand, "F2"));
        Row($"transactions per meeting ({meeting.Commands} sequential{(meeting.Settled ? "" : ", NOT settled")})", F(meeting.PerCommand, "F2"));
        Row("  idle host's own transactions per second (subtracted)", $"{F(referral.BackgroundPerSecond, "F1")} / {F(meeting.BackgroundPerSecond, "F1")}");
        Row($"meeting mean latency, journey of {journeys.ShortEvents} events (ms)", F(journeys.Short.Mean));
        Row($"meeting mean latency, journey of {journeys.LongEvents} events (ms)", F(journeys.Long.Mean));
        Row($"  ratio {journeys.LongEvents} / {journeys.ShortEvents} events", F(journeys.MeanRatio, "F2"));
        Row("cold start to /health/ready 200, existing schema (ms)", F(coldStart.TotalMilliseconds, "F0"));
        Row("cold start to /health/ready 200, empty database (ms)", F(firstStart.TotalMilliseconds, "F0"));
        Row("host peak working set (MB)", F(peakMb));
        Console.WriteLine();
    }

    /// <summary>The scenarios' table, and the two ratios when only the throughput was measured.</summary>
    public static void PrintThroughput(IReadOnlyList<ScenarioResult> scenarios)
    {
        Console.WriteLine();
        Console.WriteLine($"| {"scenario",-40} | {"writers",7} | {"ops/s",8} | {"p50 ms",7} | {"p95 ms",7} | {"p99 ms",7} | {"errors",6} |");
        Console.WriteLine($"|{new string('-', 42)}|{new string('-', 9)}|{new string('-', 10)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 8)}|");
        foreach (var s in scenarios)
        {
            Console.WriteLine($"| {s.Name,-40} | {s.Writers,7} | {F(s.OpsPerSecond, "F0"),8} | {F(s.Latency.P50),7} | {F(s.Latency.P95),7} | {F(s.Latency.P99),7} | {s.Errors,6} |");
        }
        foreach (var s in scenarios.Where(s => s.FirstError is not null)) Console.WriteLine($"  first error in {s.Name}: {s.FirstError}");
    }

    private static string F(double v, string format = "F1") => double.IsNaN(v) ? "-" : v.ToString(format, CultureInfo.InvariantCulture);
}
