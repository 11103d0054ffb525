using System.Net;
using System.Net.Http.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Enrollment;

/// <summary>
/// If-Match as RFC 9110 reads it: a well-formed entity tag that names no current version fails the precondition
/// (412), strong comparison only (a weak tag never matches), and a value that is not an entity tag at all is a
/// malformed request (400). Nothing is written when the precondition fails.
/// </summary>
public sealed class IfMatchTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static object Meeting => new { plannedAt = DateTimeOffset.UtcNow.AddMinutes(-5), mode = "remote", outcome = "held" };

    private async Task<(HttpClient Coach, Guid Client, long Version)> ActiveClient()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var client = await org.ActiveClientAsync(coach, coachId);
        return (coach, client, (await coach.GetJson($"/api/v1/clients/{client}")).GetProperty("version").GetInt64());
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"0\"")]
    [InlineData("W/\"x\"")]
    [InlineData("\"-3\"")]
    [InlineData("\"1\", \"2\"")]
    [InlineData("\"\"")]
    public async Task A_well_formed_tag_that_names_no_version_of_the_client_fails_the_precondition(string ifMatch)
    {
        var (coach, client, version) = await ActiveClient();

        var refused = await coach.Post($"/api/v1/clients/{client}/meetings", Meeting, ifMatch);

        await refused.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");
        Assert.Equal(version, (await coach.GetJson($"/api/v1/clients/{client}")).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_weak_tag_never_matches_because_if_match_compares_strongly()
    {
        var (coach, client, version) = await ActiveClient();

        var refused = await coach.Post($"/api/v1/clients/{client}/meetings", Meeting, $"W/\"{version}\"");

        await refused.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");
    }

    [Theory]
    [InlineData("\"abc\", \"{0}\"")]
    [InlineData("W/\"{0}\", \"{0}\"")]
    [InlineData("\"{0}\"")]
    [InlineData("*")]
    public async Task A_list_holding_the_current_version_is_accepted(string template)
    {
        var (coach, client, version) = await ActiveClient();

        var accepted = await coach.Post($"/api/v1/clients/{client}/meetings", Meeting, string.Format(template, version));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal($"\"{version + 1}\"", accepted.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("3")]
    [InlineData("\"3")]
    [InlineData("*, \"3\"")]
    [InlineData("\"3\" \"4\"")]
    public async Task A_value_that_is_not_an_entity_tag_is_a_malformed_request(string ifMatch)
    {
        var (coach, client, version) = await ActiveClient();

        var refused = await coach.Post($"/api/v1/clients/{client}/meetings", Meeting, ifMatch);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        Assert.Contains("If-Match", problem.GetProperty("detail").GetString());
        Assert.Equal(version, (await coach.GetJson($"/api/v1/clients/{client}")).GetProperty("version").GetInt64());
    }

    private static Task<HttpResponseMessage> PutSettings(HttpClient admin, int passiveAfterDays, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/settings/enrollment")
        {
            Content = JsonContent.Create(new { servicePeriodMonths = 12, passiveAfterDays }),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return admin.SendAsync(request);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"0\"")]
    [InlineData("W/\"x\"")]
    [InlineData("W/\"1\"")]
    [InlineData("\"-3\"")]
    [InlineData("\"2\", \"3\"")]
    public async Task Settings_refuse_a_well_formed_tag_that_names_no_version_with_412(string ifMatch)
    {
        var org = await Organisation.StartAsync(api);
        Assert.Equal(HttpStatusCode.OK, (await PutSettings(org.Admin, 21, null)).StatusCode);

        await (await PutSettings(org.Admin, 45, ifMatch)).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");

        var settings = await org.Admin.GetAsync("/api/v1/settings/enrollment");
        Assert.Equal("\"1\"", settings.Headers.ETag!.Tag);
        Assert.Equal(21, (await settings.Body()).GetProperty("passiveAfterDays").GetInt32());
    }

    [Fact]
    public async Task Settings_accept_the_current_tag_and_refuse_a_value_that_is_not_an_entity_tag()
    {
        var org = await Organisation.StartAsync(api);
        Assert.Equal(HttpStatusCode.OK, (await PutSettings(org.Admin, 21, null)).StatusCode);

        await (await PutSettings(org.Admin, 45, "1")).ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        var accepted = await PutSettings(org.Admin, 45, "\"1\"");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("\"2\"", accepted.Headers.ETag!.Tag);
    }
}
