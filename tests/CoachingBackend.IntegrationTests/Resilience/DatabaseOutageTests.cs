using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.DevDatabase;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit.Abstractions;

namespace CoachingBackend.IntegrationTests.Resilience;

/// <summary>
/// A host on a PostgreSQL cluster of its own, which the test stops and starts again: the outage disturbs no other
/// test class, whose databases live on the run's shared server.
/// </summary>
public sealed class OutageApiFactory : ApiFactory
{
    public LocalPostgresCluster Cluster { get; private set; } = null!;

    protected override async Task<string> DatabaseAsync()
    {
        Cluster = await LocalPostgresCluster.StartAsync(dataDirectory: null, NullLogger.Instance, CancellationToken.None);
        await using (var connection = new NpgsqlConnection(Cluster.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("create database outage", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(Cluster.ConnectionString) { Database = "outage" }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Cluster is not null) await Cluster.DisposeAsync();
    }
}

/// <summary>
/// PostgreSQL restarts under load (two partner apps referring clients): while it is away the API answers 503 with
/// Retry-After, never 500; afterwards every referred client is known to every module and nothing is dead-lettered.
/// </summary>
public sealed class DatabaseOutageTests(OutageApiFactory api, ITestOutputHelper output) : IClassFixture<OutageApiFactory>
{
    private sealed record Answer(string Phase, int Status, string? Type, string? RetryAfter, string Body);

    [Fact]
    public async Task A_database_restart_answers_503_with_retry_after_and_loses_no_integration_event()
    {
        var org = await Organisation.StartAsync(api);
        await Ready(seconds: 30);
        var answers = new ConcurrentQueue<Answer>();
        var referred = new ConcurrentQueue<Guid>();
        var phase = "before";
        using var stop = new CancellationTokenSource();

        async Task Writer(string name)
        {
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                var current = phase;
                var response = await org.Admin.PostAsJsonAsync("/api/v1/referrals", Referrals.Valid($"{name}{i++}"));
                var body = await response.Content.ReadAsStringAsync();
                string? type = null;
                if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
                    type = JsonDocument.Parse(body).RootElement.GetProperty("type").GetString();
                answers.Enqueue(new Answer(current, (int)response.StatusCode, type,
                    response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(), body));
                if (response.StatusCode == HttpStatusCode.Created)
                    referred.Enqueue(JsonDocument.Parse(body).RootElement.GetProperty("clientId").GetGuid());
                await Task.Delay(response.IsSuccessStatusCode ? 20 : 200);
            }
        }

        var writers = new[] { Task.Run(() => Writer("A")), Task.Run(() => Writer("B")) };
        await Task.Delay(TimeSpan.FromSeconds(2));
        phase = "outage";
        await api.Cluster.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));
        await api.Cluster.StartAgainAsync();
        var restarted = Stopwatch.StartNew();
        phase = "after";
        var ready = Task.Run(async () =>
        {
            await Ready(seconds: 60);
            return restarted.Elapsed;
        });
        await Task.Delay(TimeSpan.FromSeconds(3));
        stop.Cancel();
        await Task.WhenAll(writers);

        var readyAfter = await ready;
        foreach (var (p, statuses) in answers.GroupBy(a => a.Phase).Select(g => (g.Key, g.GroupBy(a => a.Status).OrderBy(s => s.Key)
                     .Select(s => $"{s.Key}×{s.Count()}"))))
            output.WriteLine($"{p}: {string.Join(", ", statuses)}");
        output.WriteLine($"Answers after the restart before the first 201: {answers.Where(a => a.Phase == "after").TakeWhile(a => a.Status != 201).Count()}; " +
                         $"ready {readyAfter.TotalSeconds:0.0} s after the restart");

        Assert.DoesNotContain(answers, a => a.Status >= 500 && a.Status != 503);
        Assert.All(answers, a => Assert.True(a.Status is 201 or 503, $"{a.Phase}: {a.Status} {a.Body}"));
        Assert.Contains(answers, a => a.Phase == "outage" && a.Status == 503);
        Assert.All(answers.Where(a => a.Status == 503), a =>
        {
            Assert.Equal("urn:coachingbackend:problem:service-unavailable", a.Type);
            Assert.NotNull(a.RetryAfter);
        });
        Assert.Contains(answers, a => a.Phase == "after" && a.Status == 201);

        // Every client whose referral was accepted is known to ReadinessAssessment: its handler rode out the restart.
        foreach (var clientId in referred)
        {
            await Eventually.Until(async () => (await org.Admin.GetAsync($"/api/v1/clients/{clientId}/readiness-assessments")).StatusCode,
                status => status == HttpStatusCode.OK, $"client {clientId} known to ReadinessAssessment", seconds: 90);
        }
        output.WriteLine($"{referred.Count} clients referred; all known {restarted.Elapsed.TotalSeconds:0.0} s after the restart");
        Assert.Equal(0, await DeadLettersAsync());
    }

    private async Task Ready(int seconds) =>
        await Eventually.Until(async () => (await api.CreateClient().GetAsync("/health/ready")).StatusCode,
            status => status == HttpStatusCode.OK, "ready", seconds);

    private async Task<long> DeadLettersAsync()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var find = new NpgsqlCommand(
            "select table_schema from information_schema.tables where table_name = 'wolverine_dead_letters'", connection);
        var total = 0L;
        var schemas = new List<string>();
        await using (var reader = await find.ExecuteReaderAsync())
            while (await reader.ReadAsync()) schemas.Add(reader.GetString(0));
        Assert.NotEmpty(schemas);
        foreach (var schema in schemas)
        {
            await using var count = new NpgsqlCommand($"select count(*) from \"{schema}\".wolverine_dead_letters", connection);
            total += (long)(await count.ExecuteScalarAsync())!;
        }
        return total;
    }
}
