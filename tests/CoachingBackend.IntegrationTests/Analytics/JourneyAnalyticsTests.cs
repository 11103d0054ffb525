using System.Net;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Analytics;

public sealed class JourneyAnalyticsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string AllTime = "from=2000-01-01&to=2100-12-31";

    [Fact]
    public async Task The_funnel_and_readiness_trend_count_each_step_and_suppress_groups_under_five()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clients = new List<Guid>();
        foreach (var name in new[] { "Aino", "Eero", "Liisa", "Matti", "Sanna", "Ville" })
        {
            var clientId = await org.ReferAsync(name);
            await org.IntakeAsync(coach, clientId);
            await Assess(coach, clientId, readiness: 2);
            await org.AssignAsync(coach, clientId, coachId);
            await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/activation", new { overrideReason = "Wants to start now." }));
            clients.Add(clientId);
        }
        foreach (var clientId in clients.Take(5)) await Assess(coach, clientId, readiness: 8);
        foreach (var clientId in clients.Take(2))
            await coach.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "completed", summary = "Met the goals." });
        await org.ReferAsync("Pekka");
        await (await Organisation.StartAsync(api)).ReferAsync("Other");
        var analyst = await org.As("analyst");
        await api.ProjectionsCaughtUpAsync();

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var funnel = await analyst.GetJson($"/api/v1/analytics/funnel?from={today}&to={today}");
        Assert.Equal(["referred", "intake", "assessed", "activated", "completed"], funnel.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()));
        Assert.Equal(["7", "6", "6", "6", "null"], funnel.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("count").GetRawText()));
        Assert.Equal([false, false, false, false, true], funnel.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("suppressed").GetBoolean()));
        Assert.Equal(["null", "0.857", "1", "1", "null"], funnel.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("conversionFromPrevious").GetRawText()));
        var before = await analyst.GetJson("/api/v1/analytics/funnel?to=2001-12-31");
        Assert.All(before.GetProperty("steps").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("count").GetInt32()));

        var readiness = await analyst.GetJson($"/api/v1/analytics/readiness?{AllTime}");
        Assert.Equal(6, readiness.GetProperty("assessed").GetProperty("count").GetInt32());
        Assert.Equal(["low 6 1", "moderate 0 0", "high 0 0"], Tallies(readiness.GetProperty("first")));
        Assert.Equal(["low null null", "moderate 0 0", "high 5 0.833"], Tallies(readiness.GetProperty("latest")));
        Assert.True(readiness.GetProperty("latest")[0].GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, readiness.GetProperty("reassessed").GetProperty("count").GetInt32());
        Assert.Equal(["rose 5 1", "stayed 0 0", "fell 0 0"], Tallies(readiness.GetProperty("trend")));
        Assert.DoesNotContain("Aino", funnel.GetRawText() + readiness.GetRawText());
    }

    [Fact]
    public async Task Coaches_clients_and_referrers_are_refused_and_from_after_to_is_a_400()
    {
        var org = await Organisation.StartAsync(api);
        foreach (var path in new[] { "funnel", "dropout", "readiness", "time-outs" })
        {
            foreach (var role in new[] { "coach", "client", "referrer" })
                await (await (await org.As(role)).GetAsync($"/api/v1/analytics/{path}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
            var reversed = await (await org.Admin.GetAsync($"/api/v1/analytics/{path}?from=2026-12-01&to=2026-11-30"))
                .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
            Assert.Equal("from must not be after to.", reversed.GetProperty("errors").GetProperty("to")[0].GetString());
            var notADate = await (await org.Admin.GetAsync($"/api/v1/analytics/{path}?from=November")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
            Assert.Equal("from must be a date, yyyy-MM-dd.", notADate.GetProperty("errors").GetProperty("from")[0].GetString());
            Assert.Equal(JsonValueKind.Object, (await (await org.As("analyst")).GetJson($"/api/v1/analytics/{path}?from=2026-11-30&to=2026-11-30")).ValueKind);
        }
    }

    private Task Assess(HttpClient coach, Guid clientId, int readiness) =>
        api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(5, readiness, readiness, "yes")));

    private static List<string> Tallies(JsonElement tallies) => tallies.EnumerateArray()
        .Select(t => $"{t.GetProperty("name").GetString()} {t.GetProperty("count").GetRawText()} {t.GetProperty("share").GetRawText()}").ToList();
}
