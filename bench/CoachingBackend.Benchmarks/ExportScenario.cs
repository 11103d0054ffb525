using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;

namespace CoachingBackend.Benchmarks;

/// <summary>
/// The analysts' export (docs/adr/0020-analyst-export.md): N stored events read through <c>GET /analytics/events</c>
/// against the same rows read and deserialised with plain Npgsql, and the host's peak memory for 10,000 events and for N.
/// Goal: half the raw rate or more, and a peak no higher for N than for 10,000.
/// </summary>
public static class ExportScenario
{
    private const string Tenant = "bench-analytics";

    public static async Task<object> RunAsync(BenchServer server, BenchOptions options)
    {
        var connection = await server.CreateDatabaseAsync("export");
        var dll = options.HostDll ?? ProductHost.DefaultDll();
        await using var host = await ProductHost.StartAsync(dll, connection);
        Console.WriteLine($"Export: seeding {options.ExportEvents:N0} meeting events ...");
        var seeded = Stopwatch.StartNew();
        await SeedAsync(connection, options.ExportEvents);
        Console.WriteLine($"  seeded in {seeded.Elapsed.TotalSeconds:F0} s");

        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ProductApi.Token(Tenant, "analyst", "bench-analyst"));
        await CountLinesAsync(http, 1000); // warm-up: the organisation's secret, JIT

        host.ResetPeak();
        var (small, smallTook) = await CountLinesAsync(http, 10_000);
        var smallPeak = host.PeakWorkingSetBytes;
        host.ResetPeak();
        var (all, took) = await CountLinesAsync(http, null);
        var peak = host.PeakWorkingSetBytes;
        var (raw, rawTook) = await ReadRawAsync(connection);

        var httpRate = all / took.TotalSeconds;
        var rawRate = raw / rawTook.TotalSeconds;
        var result = new
        {
            events = all,
            httpEventsPerSecond = Math.Round(httpRate),
            rawNpgsqlEventsPerSecond = Math.Round(rawRate),
            ratio = Math.Round(httpRate / rawRate, 3),
            peakWorkingSetMb10k = Math.Round(smallPeak / 1048576.0, 1),
            peakWorkingSetMbAll = Math.Round(peak / 1048576.0, 1),
            small10kSeconds = Math.Round(smallTook.TotalSeconds, 2),
        };
        Console.WriteLine($"  HTTP export: {all:N0} events in {took.TotalSeconds:F1} s = {httpRate:N0}/s ({small:N0} in {smallTook.TotalSeconds:F2} s)");
        Console.WriteLine($"  raw Npgsql read + deserialise: {raw:N0} in {rawTook.TotalSeconds:F1} s = {rawRate:N0}/s");
        Console.WriteLine($"  ratio HTTP/raw: {httpRate / rawRate:F3} (goal >= 0.5)");
        Console.WriteLine($"  host peak working set: {result.peakWorkingSetMb10k} MB for 10,000, {result.peakWorkingSetMbAll} MB for {all:N0} (goal: no higher)");
        return result;
    }

    /// <summary>Meetings as Enrollment records them, one stream per client, written in one statement.</summary>
    private static async Task SeedAsync(string connectionString, int events)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            insert into coaching.mt_streams (id, type, version, timestamp, created, tenant_id)
              select md5('s' || i)::uuid, 'client_journey', 1, now(), now(), @tenant from generate_series(1, @n) i;
            insert into coaching.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
              select nextval('coaching.mt_events_sequence'), gen_random_uuid(), md5('s' || i)::uuid, 1,
                     jsonb_build_object('clientId', md5('s' || i)::uuid, 'meetingId', gen_random_uuid(), 'plannedAt', now(),
                       'mode', 'remote', 'outcome', 'held', 'notes', 'Talked about sleep and the week ahead, ' || i,
                       'recordedBy', 'coach-' || (i % 50), 'recordedAt', now()),
                     'meeting_recorded', now(), @tenant, 'CoachingBackend.Enrollment.Clients.RecordingMeetings.MeetingRecorded, CoachingBackend.Enrollment'
              from generate_series(1, @n) i order by i;
            """, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("tenant", Tenant);
        command.Parameters.AddWithValue("n", events);
        await command.ExecuteNonQueryAsync();
        // The export reads up to the high-water mark, which the host's daemon moves past the new rows.
        var deadline = Stopwatch.StartNew();
        await using var mark = new NpgsqlCommand(
            "select coalesce((select last_seq_id from coaching.mt_event_progression where name = 'HighWaterMark'), 0) >= (select max(seq_id) from coaching.mt_events)",
            connection);
        while (!(bool)(await mark.ExecuteScalarAsync())! && deadline.Elapsed < TimeSpan.FromMinutes(5)) await Task.Delay(250);
    }

    private static async Task<(long Lines, TimeSpan Took)> CountLinesAsync(HttpClient http, int? limit)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(limit is null ? "api/v1/analytics/events" : $"api/v1/analytics/events?limit={limit}",
            HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0) lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return (lines, clock.Elapsed);
    }

    /// <summary>The floor: the same rows, the same order, each payload deserialised, nothing written.</summary>
    private static async Task<(long Rows, TimeSpan Took)> ReadRawAsync(string connectionString)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select seq_id, type, timestamp, stream_id, data from coaching.mt_events where tenant_id = @tenant order by seq_id", connection);
        command.Parameters.AddWithValue("tenant", Tenant);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess);
        long rows = 0;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        while (await reader.ReadAsync())
        {
            reader.GetInt64(0);
            reader.GetString(1);
            reader.GetFieldValue<DateTimeOffset>(2);
            reader.GetGuid(3);
            var meeting = JsonSerializer.Deserialize<Meeting>(reader.GetString(4), options);
            if (meeting is not null) rows++;
        }
        return (rows, clock.Elapsed);
    }

    private sealed record Meeting(Guid ClientId, Guid MeetingId, DateTimeOffset PlannedAt, string Mode, string Outcome, string? Notes,
        string RecordedBy, DateTimeOffset RecordedAt);
}
