using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CoachingBackend.Benchmarks;

/// <summary>The wearable ingest's two figures and their ratio (issue 11: the goal is half or more).</summary>
public sealed record WearableResult(ScenarioResult Http, ScenarioResult Copy, int ItemsPerBatch, double HttpItemsPerSecond,
    double CopyItemsPerSecond, double Ratio);

/// <summary>
/// Issue 11's benchmark: 1,000-item batches through HTTP (a gateway's token, validation, the documents, one event, the
/// journey's outbox message) against a binary COPY of the same rows into a bare table, same run, same server. A batch
/// is one client's 200 days × 5 metrics, each batch new items (another source once a client's days are used).
/// </summary>
public static class WearableScenarios
{
    public const int Days = 200;
    private static readonly string[] Metrics = ["steps", "active-minutes", "sleep-minutes", "resting-heart-rate", "weight"];

    public static async Task<WearableResult> RunAsync(BenchServer server, string dll, BenchOptions options)
    {
        Console.WriteLine("Wearables (issue 11): 1,000-item batches, HTTP ingest against binary COPY:");
        var copy = await CopyAsync(await server.CreateDatabaseAsync("wearcopy"), options);
        var http = await HttpAsync(await server.CreateDatabaseAsync("wearables"), dll, options);
        var batch = Days * Metrics.Length;
        var result = new WearableResult(http, copy, batch, Math.Round(http.OpsPerSecond * batch), Math.Round(copy.OpsPerSecond * batch),
            Math.Round(http.OpsPerSecond / copy.OpsPerSecond, 3));
        Console.WriteLine($"  HTTP ingest {result.HttpItemsPerSecond:F0} items/s, COPY {result.CopyItemsPerSecond:F0} items/s, ratio {result.Ratio:F3} (goal ≥ 0.5)");
        return result;
    }

    /// <summary>The rows of one batch: (metric, day offset back from today, value).</summary>
    private static IEnumerable<(string Metric, int DaysBack, decimal Value)> Rows(long sequence) =>
        from back in Enumerable.Range(1, Days)
        from metric in Metrics
        select (metric, back, (decimal)(metric switch
        {
            "steps" => 4000 + (back * 37 + sequence) % 9000,
            "active-minutes" or "sleep-minutes" => 30 + (back + sequence) % 400,
            "resting-heart-rate" => 55 + (back + sequence) % 20,
            _ => 70 + (back + sequence) % 30,
        }));

    private static async Task<ScenarioResult> CopyAsync(string connectionString, BenchOptions options)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var create = dataSource.CreateCommand("""
            create table if not exists wear_rows (client_id uuid not null, metric text not null, day date not null,
                value numeric not null, source text not null, received_at timestamptz not null)
            """))
        {
            await create.ExecuteNonQueryAsync();
        }
        return await Load.RunAsync("plain binary COPY of 1,000 rows", options, writer =>
        {
            var client = Guid.CreateVersion7();
            long sequence = 0;
            return Task.FromResult<Func<CancellationToken, Task>>(async ct =>
            {
                var batch = ++sequence;
                var today = DateOnly.FromDateTime(DateTime.UtcNow);
                await using var connection = await dataSource.OpenConnectionAsync(ct);
                await using var importer = await connection.BeginBinaryImportAsync(
                    "copy wear_rows (client_id, metric, day, value, source, received_at) from stdin (format binary)", ct);
                foreach (var (metric, back, value) in Rows(batch))
                {
                    await importer.StartRowAsync(ct);
                    await importer.WriteAsync(client, NpgsqlDbType.Uuid, ct);
                    await importer.WriteAsync(metric, NpgsqlDbType.Text, ct);
                    await importer.WriteAsync(today.AddDays(-back), NpgsqlDbType.Date, ct);
                    await importer.WriteAsync(value, NpgsqlDbType.Numeric, ct);
                    await importer.WriteAsync($"bench:watch:{batch}", NpgsqlDbType.Text, ct);
                    await importer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz, ct);
                }
                await importer.CompleteAsync(ct);
            });
        });
    }

    private static async Task<ScenarioResult> HttpAsync(string connectionString, string dll, BenchOptions options)
    {
        await using var host = await ProductHost.StartAsync(dll, connectionString, devClock: true);
        using var admin = new ProductApi(host.BaseAddress, options.Writers);
        var clients = new Guid[options.Writers][];
        for (var w = 0; w < options.Writers; w++)
        {
            clients[w] = new Guid[options.StreamsPerWriter];
            for (var c = 0; c < clients[w].Length; c++) clients[w][c] = (await admin.ReferAsync()).ClientId;
        }
        // The clients were referred today; move the clock on so that 200 days of theirs lie between referral and today.
        using var gateway = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Writers })
            { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ProductApi.Token(ProductApi.Tenant, "org-admin", "bench-admin"));
        using var moved = await gateway.PostAsync("api/v1/dev/clock", Json(new { advance = $"P{Days + 10}D" }));
        var now = JsonDocument.Parse(await moved.Content.ReadAsStringAsync()).RootElement.GetProperty("now").GetDateTimeOffset();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime);
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            ProductApi.Token(ProductApi.Tenant, "integration", "bench-gateway", now));

        return await Load.RunAsync("HTTP POST 1,000 measurements", options, writer =>
        {
            long sequence = 0;
            return Task.FromResult<Func<CancellationToken, Task>>(async ct =>
            {
                var batch = ++sequence;
                var client = clients[writer][batch % clients[writer].Length];
                var items = Rows(batch).Select(r => new
                {
                    metric = r.Metric, value = r.Value, unit = r.Metric == "weight" ? "kg" : null,
                    day = today.AddDays(-r.DaysBack).ToString("yyyy-MM-dd"), source = $"bench:watch:{batch}",
                });
                using var response = await gateway.PostAsync($"api/v1/clients/{client}/measurements", Json(new { items }), ct);
                if (!response.IsSuccessStatusCode)
                    throw new HttpRequestException($"measurements: {(int)response.StatusCode} {Load.Shorten(await response.Content.ReadAsStringAsync(ct))}");
            });
        });
    }

    private static ByteArrayContent Json(object body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, new JsonSerializerOptions
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        }));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
