using System.Net;
using System.Net.Http.Json;
using System.Text;
using CoachingBackend.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.IntegrationTests.Foundation;

public sealed class BadInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_referral_with_missing_fields_is_refused_with_each_field_named_and_nothing_is_stored()
    {
        var tenant = Tenants.New();
        var referrer = await api.ClientAs(tenant, "referrer");

        var response = await referrer.PostAsJsonAsync("/api/v1/referrals", new { riskFactors = new[] { "overweight" } });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("name", fields);
        Assert.Contains("contact", fields);
        Assert.Contains("source", fields);
        Assert.Contains("reason", fields);
        Assert.Equal(0, await EventCount(tenant));
    }

    [Fact]
    public async Task A_referral_with_neither_email_nor_phone_is_refused()
    {
        var referrer = await api.ClientAs(Tenants.New(), "referrer");
        var response = await referrer.PostAsJsonAsync("/api/v1/referrals", new
        {
            name = new { givenName = "Aino", familyName = "Virtanen" },
            contact = new { preferredChannel = "phone" },
            source = "self",
            reason = "Wants to sleep better",
        });
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("contact", out _));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_server_error()
    {
        var tenant = Tenants.New();
        var referrer = await api.ClientAs(tenant, "referrer");
        var response = await referrer.PostAsync("/api/v1/referrals",
            new StringContent("{\"name\": {\"givenName\": ", Encoding.UTF8, "application/json"));
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        Assert.Equal(0, await EventCount(tenant));
    }

    [Fact]
    public async Task An_unknown_referral_source_is_a_400_problem()
    {
        var referrer = await api.ClientAs(Tenants.New(), "referrer");
        var response = await referrer.PostAsJsonAsync("/api/v1/referrals", new { source = "carrier-pigeon" });
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        Assert.StartsWith("Must be one of: ", problem.GetProperty("errors").GetProperty("source")[0].GetString());
        Assert.Contains("source: Must be one of", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("CoachingBackend.", problem.GetRawText());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var referrer = await api.ClientAs(Tenants.New(), "referrer");
        var response = await referrer.PostAsync("/api/v1/referrals", new StringContent("name=Aino", Encoding.UTF8, "text/plain"));
        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task An_unknown_client_is_a_404_problem()
    {
        var coach = await api.ClientAs(Tenants.New(), "coach");
        var response = await coach.GetAsync($"/api/v1/clients/{Guid.NewGuid()}");
        await response.ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        var journey = await coach.GetAsync($"/api/v1/clients/{Guid.NewGuid()}/journey");
        await journey.ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_problem_carries_the_requests_correlation_id()
    {
        var coach = await api.ClientAs(Tenants.New(), "coach");
        var response = await coach.GetAsync($"/api/v1/clients/{Guid.NewGuid()}");
        var problem = await response.ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), problem.GetProperty("correlationId").GetString());
    }

    private async Task<int> EventCount(string tenant)
    {
        await using var session = api.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant);
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
