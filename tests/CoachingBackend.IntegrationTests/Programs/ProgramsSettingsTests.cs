using System.Net;
using System.Net.Http.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>An organisation's programme settings: the defaults until an org-admin changes them, guarded by If-Match.</summary>
public sealed class ProgramsSettingsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_defaults_apply_until_an_admin_changes_them_from_what_they_last_read()
    {
        var org = await Organisation.StartAsync(api);
        var (_, coach) = await org.CoachAsync("coach-anna");
        var defaults = await coach.GetAsync("/api/v1/settings/programs");
        Assert.Equal("\"0\"", defaults.Headers.ETag!.Tag);
        var body = await defaults.Body();
        Assert.Equal(("Europe/Helsinki", 3), (body.GetProperty("timeZone").GetString(), body.GetProperty("remindersPerWeek").GetInt32()));

        var changed = await Put(org.Admin, new { timeZone = "Europe/Stockholm", remindersPerWeek = 5 }, "\"0\"");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"1\"", changed.Headers.ETag!.Tag);
        await (await Put(org.Admin, new { timeZone = "Europe/Helsinki", remindersPerWeek = 1 }, "\"0\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");

        var now = await org.Admin.GetJson("/api/v1/settings/programs");
        Assert.Equal(("Europe/Stockholm", 5, "admin-1"), (now.GetProperty("timeZone").GetString(), now.GetProperty("remindersPerWeek").GetInt32(),
            now.GetProperty("changedBy").GetString()));
    }

    [Fact]
    public async Task A_time_zone_that_is_not_an_iana_id_and_too_many_reminders_are_refused_by_name()
    {
        var org = await Organisation.StartAsync(api);

        var problem = await (await Put(org.Admin, new { timeZone = "Helsinki/Europe", remindersPerWeek = 15 }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        Assert.Equal(["remindersPerWeek", "timeZone"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("Europe/Helsinki", (await org.Admin.GetJson("/api/v1/settings/programs")).GetProperty("timeZone").GetString());
    }

    private static Task<HttpResponseMessage> Put(HttpClient admin, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/settings/programs") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return admin.SendAsync(request);
    }
}
