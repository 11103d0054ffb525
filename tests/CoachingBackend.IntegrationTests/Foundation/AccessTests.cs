using System.Net;
using System.Net.Http.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Foundation;

public sealed class AccessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_call_without_a_token_is_a_401_problem()
    {
        var anonymous = api.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/referrals", Referrals.Valid());
        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_a_401_problem()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4IiwidGVuYW50IjoieCIsInJvbGUiOiJjb2FjaCJ9.c2lnbmF0dXJlLW5vdC12YWxpZA");
        var response = await client.GetAsync($"/api/v1/clients/{Guid.NewGuid()}");
        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [InlineData("client")]
    [InlineData("analyst")]
    public async Task Only_referrers_coaches_and_org_admins_may_refer(string role)
    {
        var caller = await api.ClientAs(Tenants.New(), role);
        var response = await caller.PostAsJsonAsync("/api/v1/referrals", Referrals.Valid());
        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("referrer")]
    [InlineData("analyst")]
    public async Task A_referrer_or_analyst_cannot_read_a_client_back(string role)
    {
        var tenant = Tenants.New();
        var clientId = await (await api.ClientAs(tenant, "coach")).ReferAsync();
        var caller = await api.ClientAs(tenant, role);
        await (await caller.GetAsync($"/api/v1/clients/{clientId}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await caller.GetAsync($"/api/v1/clients/{clientId}/journey")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Another_organisations_client_is_not_found()
    {
        var clientId = await (await api.ClientAs(Tenants.New(), "coach")).ReferAsync();
        var otherOrganisation = await api.ClientAs(Tenants.New(), "org-admin");

        await (await otherOrganisation.GetAsync($"/api/v1/clients/{clientId}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await otherOrganisation.GetAsync($"/api/v1/clients/{clientId}/journey")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_client_reads_their_own_record_and_journey_but_not_anothers()
    {
        var tenant = Tenants.New();
        var coach = await api.ClientAs(tenant, "coach");
        var aino = await coach.ReferAsync(Referrals.Valid("Aino"));
        var pekka = await coach.ReferAsync(Referrals.Valid("Pekka"));
        var ainoHerself = await api.ClientAs(tenant, "client", subject: aino.ToString());

        Assert.Equal(HttpStatusCode.OK, (await ainoHerself.GetAsync($"/api/v1/clients/{aino}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ainoHerself.GetAsync($"/api/v1/clients/{aino}/journey")).StatusCode);
        await (await ainoHerself.GetAsync($"/api/v1/clients/{pekka}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }
}
