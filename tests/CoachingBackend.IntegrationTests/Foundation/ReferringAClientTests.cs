using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Foundation;

public sealed class ReferringAClientTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_referral_answers_201_with_the_client_id_and_a_location_that_serves_the_client()
    {
        var tenant = Tenants.New();
        var referrer = await api.ClientAs(tenant, "referrer");

        var response = await referrer.PostAsJsonAsync("/api/v1/referrals", Referrals.Valid("Aino"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var clientId = body.GetProperty("clientId").GetGuid();
        Assert.Equal(1, body.GetProperty("version").GetInt64());
        Assert.Equal($"/api/v1/clients/{clientId}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);

        var coach = await api.ClientAs(tenant, "coach");
        var client = await coach.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, client.StatusCode);
        Assert.Equal("\"1\"", client.Headers.ETag!.Tag);
        var record = JsonDocument.Parse(await client.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(clientId, record.GetProperty("clientId").GetGuid());
        Assert.Equal("Aino", record.GetProperty("name").GetProperty("givenName").GetString());
        Assert.Equal("referred", record.GetProperty("status").GetString());
        Assert.Equal("health-station", record.GetProperty("referral").GetProperty("source").GetString());
        Assert.Equal(["raised-blood-pressure", "physical-inactivity"],
            record.GetProperty("referral").GetProperty("riskFactors").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_journey_shows_the_referral_with_who_made_it_and_the_callers_correlation_id()
    {
        var tenant = Tenants.New();
        var referrer = await api.ClientAs(tenant, "referrer", subject: "nurse-liisa");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/referrals")
        {
            Content = JsonContent.Create(Referrals.Valid(source: "gp-green-prescription")),
        };
        request.Headers.Add("X-Correlation-Id", "partner-app-req-0001");
        var response = await referrer.SendAsync(request);
        Assert.Equal("partner-app-req-0001", response.Headers.GetValues("X-Correlation-Id").Single());
        var clientId = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("clientId").GetGuid();

        var coach = await api.ClientAs(tenant, "coach");
        var journey = JsonDocument.Parse(await coach.GetStringAsync($"/api/v1/clients/{clientId}/journey")).RootElement;

        var entry = Assert.Single(journey.GetProperty("entries").EnumerateArray());
        Assert.Equal("client_referred", entry.GetProperty("type").GetString());
        Assert.Equal(1, entry.GetProperty("version").GetInt64());
        Assert.Equal("nurse-liisa", entry.GetProperty("recordedBy").GetString());
        Assert.Equal("partner-app-req-0001", entry.GetProperty("correlationId").GetString());
        Assert.Equal("gp-green-prescription", entry.GetProperty("payload").GetProperty("source").GetString());
        Assert.Equal(clientId, entry.GetProperty("payload").GetProperty("clientId").GetGuid());
    }

    [Fact]
    public async Task A_request_without_a_correlation_id_gets_one_back()
    {
        var coach = await api.ClientAs(Tenants.New(), "coach");
        var response = await coach.PostAsJsonAsync("/api/v1/referrals", Referrals.Valid());
        var correlationId = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.True(Guid.TryParse(correlationId, out _), correlationId);
        // The one handed back is the one the journey recorded for the request.
        var clientId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientId").GetGuid();
        var journey = await coach.GetJson($"/api/v1/clients/{clientId}/journey");
        Assert.Equal(correlationId, journey.GetProperty("entries")[0].GetProperty("correlationId").GetString());
    }
}
