using System.Net;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Enrollment;

/// <summary>The organisation's own service rules; a class of its own because it moves the clock.</summary>
public sealed class SettingsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_organisation_sets_its_service_period_and_passive_rule_and_activations_follow_them()
    {
        var org = await Organisation.StartAsync(api);
        var defaults = await org.Admin.GetJson("/api/v1/settings/enrollment");
        Assert.Equal(12, defaults.GetProperty("servicePeriodMonths").GetInt32());
        Assert.Equal(30, defaults.GetProperty("passiveAfterDays").GetInt32());
        await (await (await org.As("coach")).PutAsync("/api/v1/settings/enrollment",
            System.Net.Http.Json.JsonContent.Create(new { servicePeriodMonths = 6, passiveAfterDays = 14 }))).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await org.Admin.Ok(HttpMethod.Put, "/api/v1/settings/enrollment", new { servicePeriodMonths = 1, passiveAfterDays = 10 });

        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var service = (await coach.GetJson($"/api/v1/clients/{aino}")).GetProperty("service");
        var activatedOn = DateOnly.FromDateTime(service.GetProperty("activatedAt").GetDateTimeOffset().UtcDateTime);
        Assert.Equal(activatedOn.AddMonths(1), DateOnly.Parse(service.GetProperty("endsOn").GetString()!));

        await api.CreateClient().PostOk("/api/v1/dev/clock", new { advance = "P11D" });
        coach = await org.As("coach", "coach-anna");
        await Eventually.Until(() => coach.GetJson("/api/v1/follow-ups"),
            list => list.GetProperty("items").EnumerateArray().Any(f => f.GetProperty("kind").GetString() == "passive-client"),
            "a passive follow-up after 10 days");

        await api.CreateClient().PostOk("/api/v1/dev/clock", new { advance = "P25D" });
        coach = await org.As("coach", "coach-anna");
        await Eventually.Until(() => coach.GetJson("/api/v1/follow-ups"),
            list => list.GetProperty("items").EnumerateArray().Any(f => f.GetProperty("kind").GetString() == "service-period-ended"),
            "a follow-up when the one-month service period ended");
    }

    [Fact]
    public async Task Settings_out_of_range_are_refused()
    {
        var org = await Organisation.StartAsync(api);
        var refused = await org.Admin.PutAsync("/api/v1/settings/enrollment",
            System.Net.Http.Json.JsonContent.Create(new { servicePeriodMonths = 0, passiveAfterDays = 1000 }));
        var problem = await refused.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["passiveAfterDays", "servicePeriodMonths"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }
}
