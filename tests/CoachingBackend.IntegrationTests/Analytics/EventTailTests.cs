using System.Diagnostics;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CoachingBackend.IntegrationTests.Analytics;

/// <summary>A host whose idle tail sends a heartbeat every second, not every 15, so a test can wait for one.</summary>
public sealed class QuickHeartbeatApi : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Analytics:HeartbeatSeconds", "1");
    }
}

public sealed class EventTailTests(QuickHeartbeatApi api) : IClassFixture<QuickHeartbeatApi>
{
    [Fact]
    public async Task The_tail_delivers_a_new_event_within_moments_and_resumes_after_Last_Event_ID()
    {
        var org = await Organisation.StartAsync(api);
        await org.ReferAsync("Pekka");
        await api.ProjectionsCaughtUpAsync();
        var analyst = await org.As("analyst");

        long firstReferral;
        using (var tail = await SseTail.OpenAsync(analyst, "?types=client_referred"))
        {
            firstReferral = (await tail.NextEventAsync()).Id;
            var referredAt = Stopwatch.StartNew();
            await org.ReferAsync("Aino");
            var next = await tail.NextEventAsync();
            Assert.True(next.Id > firstReferral);
            Assert.Equal("client_referred", next.Data.Type());
            Assert.Equal(next.Id, next.Data.Sequence());
            Assert.True(referredAt.Elapsed < TimeSpan.FromSeconds(10), $"{referredAt.Elapsed}");
            Assert.DoesNotContain("Aino", next.Data.GetRawText());
        }

        using var resumed = await SseTail.OpenAsync(analyst, "?types=client_referred", lastEventId: firstReferral);
        var after = await resumed.NextEventAsync();
        var expected = (await analyst.ExportAsync($"?types=client_referred&after={firstReferral}")).First().Sequence();
        Assert.Equal(expected, after.Id);
        Assert.True(await resumed.HeartbeatAsync(), "a heartbeat comment on the idle stream");
    }

    /// <summary>A Server-Sent Events reader: messages and comments, line by line, each wait bounded.</summary>
    private sealed class SseTail(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public static async Task<SseTail> OpenAsync(HttpClient client, string query, long? lastEventId = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/analytics/events/stream{query}");
            if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId.Value.ToString());
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            // The body is read only on a refusal: a tail's body never ends.
            if (!response.IsSuccessStatusCode) Assert.Fail(await response.Content.ReadAsStringAsync());
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            return new SseTail(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        public async Task<(long Id, JsonElement Data)> NextEventAsync()
        {
            long? id = null;
            while (true)
            {
                var line = await ReadLineAsync();
                if (line.StartsWith("id: ", StringComparison.Ordinal)) id = long.Parse(line[4..]);
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                    return (id!.Value, JsonDocument.Parse(line[6..]).RootElement.Clone());
            }
        }

        public async Task<bool> HeartbeatAsync()
        {
            while (true)
            {
                if ((await ReadLineAsync()).StartsWith(": heartbeat", StringComparison.Ordinal)) return true;
            }
        }

        private async Task<string> ReadLineAsync()
        {
            // WaitAsync, as the test server's stream may not heed a cancellation token.
            return await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15)) ?? throw new EndOfStreamException();
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
