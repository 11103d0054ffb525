using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Analytics;

/// <summary>Moves the host's clock, so in a class of its own: days between steps are whole and exact.</summary>
public sealed class DropoutAndTimeOutAnalyticsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Days_from_activation_to_discharge_and_time_outs_returned_from_give_counts_medians_and_quartiles()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clients = new List<Guid>();
        foreach (var name in new[] { "Aino", "Eero", "Liisa", "Matti", "Sanna", "Ville" })
        {
            var clientId = await org.ActiveClientAsync(coach, coachId, name);
            await coach.PostOk($"/api/v1/clients/{clientId}/time-out", new { reason = "Exams.", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)) });
            clients.Add(clientId);
        }

        await api.MoveClockAsync(new { advance = "P3D" });
        await Each(org, clients[..2], "resumption", new { });
        await api.MoveClockAsync(new { advance = "P4D" });
        await Each(org, clients[2..5], "resumption", new { });
        await Each(org, clients[5..], "discharge", new { reason = "time-out-not-returned", summary = "Did not come back." });
        await api.MoveClockAsync(new { advance = "P7D" });
        await Each(org, clients[..2], "discharge", new { reason = "dropped-out", summary = "Stopped answering." });
        await api.MoveClockAsync(new { advance = "P7D" });
        await Each(org, clients[2..5], "discharge", new { reason = "dropped-out", summary = "Stopped answering." });
        var analyst = await org.As("analyst");
        await api.ProjectionsCaughtUpAsync();

        var dropout = await analyst.GetJson("/api/v1/analytics/dropout?from=2000-01-01&to=2100-12-31");
        Assert.Equal("all 6 17.5 14 21", Timing(dropout.GetProperty("all")));
        Assert.Equal(["completed 0 null null null", "time-out-not-returned null null null null", "dropped-out 5 21 14 21", "moved 0 null null null", "other 0 null null null"],
            dropout.GetProperty("byReason").EnumerateArray().Select(Timing));
        Assert.True(dropout.GetProperty("byReason")[1].GetProperty("days").GetProperty("suppressed").GetBoolean());

        var timeOuts = await analyst.GetJson("/api/v1/analytics/time-outs?from=2000-01-01&to=2100-12-31");
        Assert.Equal(6, timeOuts.GetProperty("started").GetProperty("count").GetInt32());
        Assert.Equal(5, timeOuts.GetProperty("returned").GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, timeOuts.GetProperty("neverReturned").GetProperty("count").ValueKind);
        Assert.True(timeOuts.GetProperty("neverReturned").GetProperty("suppressed").GetBoolean());
        Assert.Equal(0, timeOuts.GetProperty("ongoing").GetProperty("count").GetInt32());
        var length = timeOuts.GetProperty("length");
        Assert.Equal("6 7 4 7", $"{length.GetProperty("count")} {length.GetProperty("median")} {length.GetProperty("lowerQuartile")} {length.GetProperty("upperQuartile")}");
    }

    private async Task Each(Organisation org, IEnumerable<Guid> clients, string step, object body)
    {
        var coach = await org.As("coach", "coach-anna"); // the clock moved: a fresh token
        foreach (var clientId in clients) await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/{step}", body));
    }

    private static string Timing(JsonElement timing)
    {
        var days = timing.GetProperty("days");
        return $"{timing.GetProperty("reason").GetString()} {days.GetProperty("count").GetRawText()} {days.GetProperty("median").GetRawText()} " +
               $"{days.GetProperty("lowerQuartile").GetRawText()} {days.GetProperty("upperQuartile").GetRawText()}";
    }
}
