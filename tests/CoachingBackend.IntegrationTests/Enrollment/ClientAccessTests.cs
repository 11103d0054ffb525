using System.Net;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Enrollment;

public sealed class ClientAccessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_coach_cannot_read_or_act_on_another_coachs_client()
    {
        var org = await Organisation.StartAsync(api);
        var (annaId, anna) = await org.CoachAsync("coach-anna");
        var (_, ben) = await org.CoachAsync("coach-ben");
        var aino = await org.ActiveClientAsync(anna, annaId);

        await (await ben.GetAsync($"/api/v1/clients/{aino}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await ben.GetAsync($"/api/v1/clients/{aino}/journey")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await ben.Post($"/api/v1/clients/{aino}/meetings", new { plannedAt = DateTimeOffset.UtcNow, mode = "remote", outcome = "held" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await ben.Post($"/api/v1/clients/{aino}/discharge", new { reason = "other", summary = "mine now" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(4, (await anna.GetJson($"/api/v1/clients/{aino}")).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Another_organisations_client_cannot_be_read_or_changed()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var other = await Organisation.StartAsync(api);

        await (await other.Admin.GetAsync($"/api/v1/clients/{aino}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await other.Admin.Post($"/api/v1/clients/{aino}/discharge", new { reason = "other", summary = "not yours" }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await other.Admin.GetAsync($"/api/v1/coaches/{coachId}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, (await other.Admin.GetJson("/api/v1/clients")).GetProperty("items").GetArrayLength());
        Assert.Equal("active", (await coach.GetJson($"/api/v1/clients/{aino}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_client_reads_only_their_own_record_and_journey_and_changes_nothing()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId, "Aino");
        var pekka = await org.ReferAsync("Pekka");
        var ainoHerself = await org.As("client", aino.ToString());

        Assert.Equal(HttpStatusCode.OK, (await ainoHerself.GetAsync($"/api/v1/clients/{aino}/journey")).StatusCode);
        await (await ainoHerself.GetAsync($"/api/v1/clients/{pekka}/journey")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await ainoHerself.GetAsync("/api/v1/clients")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await ainoHerself.Post($"/api/v1/clients/{aino}/discharge", new { reason = "other", summary = "bye" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_coach_lists_their_caseload_and_the_intake_pool_an_org_admin_filters_the_whole_organisation()
    {
        var org = await Organisation.StartAsync(api);
        var (annaId, anna) = await org.CoachAsync("coach-anna");
        var (benId, ben) = await org.CoachAsync("coach-ben");
        var aino = await org.ActiveClientAsync(anna, annaId, "Aino");
        var pekka = await org.ActiveClientAsync(ben, benId, "Pekka");
        var liisa = await org.ReferAsync("Liisa");

        Assert.Equal([aino], Ids(await anna.GetJson("/api/v1/clients")));
        Assert.Equal([liisa], Ids(await anna.GetJson("/api/v1/clients?unassigned=true")));
        Assert.Equal([pekka], Ids(await org.Admin.GetJson($"/api/v1/clients?coachId={benId}")));
        Assert.Equal([liisa], Ids(await org.Admin.GetJson("/api/v1/clients?status=referred")));

        var first = await org.Admin.GetJson("/api/v1/clients?limit=2");
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        var next = first.GetProperty("nextCursor").GetString();
        var second = await org.Admin.GetJson($"/api/v1/clients?limit=2&cursor={Uri.EscapeDataString(next!)}");
        Assert.Equal(new[] { aino, pekka, liisa }.Order(), Ids(first).Concat(Ids(second)).Order());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task A_referrer_creates_referrals_and_reads_nothing_back()
    {
        var org = await Organisation.StartAsync(api);
        var referrer = await org.As("referrer");
        var aino = await referrer.ReferAsync();
        await (await referrer.GetAsync("/api/v1/clients")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await referrer.GetAsync($"/api/v1/clients/{aino}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await referrer.GetAsync("/api/v1/follow-ups")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    private static List<Guid> Ids(System.Text.Json.JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("clientId").GetGuid()).ToList();
}
