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

        await api.MoveClockAsync(new { advance = "P11D" });
        coach = await org.As("coach", "coach-anna");
        await api.RaiseDueFollowUpsAsync();
        Assert.Equal(["passive-client"], (await coach.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("clientId").GetGuid() == aino).Select(f => f.GetProperty("kind").GetString()));

        await api.MoveClockAsync(new { advance = "P25D" });
        coach = await org.As("coach", "coach-anna");
        await api.RaiseDueFollowUpsAsync();
        Assert.Contains("service-period-ended", (await coach.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("clientId").GetGuid() == aino).Select(f => f.GetProperty("kind").GetString()));
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

    [Fact]
    public async Task Two_admins_changing_settings_from_the_same_reading_do_not_overwrite_each_other_unseen()
    {
        var org = await Organisation.StartAsync(api);
        var other = await org.As("org-admin", "admin-2");
        var first = await org.Admin.PutAsync("/api/v1/settings/enrollment",
            System.Net.Http.Json.JsonContent.Create(new { servicePeriodMonths = 12, passiveAfterDays = 21 }));
        var etag = first.Headers.ETag!.Tag;

        var mine = new HttpRequestMessage(HttpMethod.Put, "/api/v1/settings/enrollment") { Content = System.Net.Http.Json.JsonContent.Create(new { servicePeriodMonths = 9, passiveAfterDays = 21 }) };
        mine.Headers.TryAddWithoutValidation("If-Match", etag);
        var theirs = new HttpRequestMessage(HttpMethod.Put, "/api/v1/settings/enrollment") { Content = System.Net.Http.Json.JsonContent.Create(new { servicePeriodMonths = 12, passiveAfterDays = 45 }) };
        theirs.Headers.TryAddWithoutValidation("If-Match", etag);

        Assert.Equal(HttpStatusCode.OK, (await org.Admin.SendAsync(mine)).StatusCode);
        await (await other.SendAsync(theirs)).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");
        var settings = await org.Admin.GetJson("/api/v1/settings/enrollment");
        Assert.Equal(9, settings.GetProperty("servicePeriodMonths").GetInt32());
        Assert.Equal(21, settings.GetProperty("passiveAfterDays").GetInt32());
        Assert.Equal("admin-1", settings.GetProperty("changedBy").GetString());
    }
}
