using System.Net;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Analytics;

public sealed class EnrollmentFiguresTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_analyst_sees_the_months_referrals_activations_and_discharges_of_their_organisation_only()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        await org.Admin.ReferAsync(Referrals.Valid("Pekka", source: "self"));
        var aino = await org.ActiveClientAsync(coach, coachId);
        await coach.PostOk($"/api/v1/clients/{aino}/discharge", new { reason = "dropped-out", summary = "Stopped answering." });
        var other = await Organisation.StartAsync(api);
        await other.ReferAsync();
        var analyst = await org.As("analyst");
        var month = DateTimeOffset.UtcNow.ToString("yyyy-MM");

        await api.ProjectionsCaughtUpAsync();
        var figures = await analyst.GetJson($"/api/v1/analytics/enrollment?from={month}&to={month}");

        var m = Assert.Single(figures.EnumerateArray());
        Assert.Equal(1, m.GetProperty("discharges").GetInt32());
        Assert.Equal(month, m.GetProperty("month").GetString());
        Assert.Equal(2, m.GetProperty("referrals").GetInt32());
        Assert.Equal(1, m.GetProperty("referralsBySource").GetProperty("self").GetInt32());
        Assert.Equal(1, m.GetProperty("referralsBySource").GetProperty("health-station").GetInt32());
        Assert.Equal(1, m.GetProperty("activations").GetInt32());
        Assert.Equal(1, m.GetProperty("activationsWithOverride").GetInt32());
        Assert.Equal(1, m.GetProperty("dischargesByReason").GetProperty("dropped-out").GetInt32());
        Assert.DoesNotContain("Aino", figures.GetRawText());
    }

    [Fact]
    public async Task Coaches_and_clients_do_not_read_analytics_and_a_bad_month_is_a_400()
    {
        var org = await Organisation.StartAsync(api);
        await (await (await org.As("coach")).GetAsync("/api/v1/analytics/enrollment")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await (await org.As("client")).GetAsync("/api/v1/analytics/enrollment")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var badMonth = await (await (await org.As("analyst")).GetAsync("/api/v1/analytics/enrollment?from=November"))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.Equal("from must be a month, yyyy-MM.", badMonth.GetProperty("errors").GetProperty("from")[0].GetString());
        Assert.Equal(JsonValueKind.Array, (await (await org.As("analyst")).GetJson("/api/v1/analytics/enrollment")).ValueKind);
    }
}
