using System.Net;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Operations;

/// <summary>
/// Messages that failed for good, as an organisation's admin sees and handles them. The host handles a test-only
/// message that fails on purpose, so the dead letters are made to order and production handlers stay as they are.
/// </summary>
public sealed class DeadLetterTests(ProbeApiFactory api) : IClassFixture<ProbeApiFactory>
{
    [Fact]
    public async Task An_org_admin_sees_their_organisations_dead_letters_and_never_another_organisations()
    {
        var (mine, theirs) = (Tenants.New(), Tenants.New());
        var (myAdmin, theirAdmin) = (await api.ClientAs(mine, "org-admin"), await api.ClientAs(theirs, "org-admin"));
        var (myProbe, theirProbe) = (FailingProbeHandler.Arrange(failures: 100), FailingProbeHandler.Arrange(failures: 100));
        await api.SendProbeAsync(myProbe, mine);
        await api.SendProbeAsync(theirProbe, theirs);

        var letter = await DeadLetterOf(myAdmin, myProbe);
        await DeadLetterOf(theirAdmin, theirProbe);

        Assert.Equal(typeof(FailingProbe).FullName, letter.GetProperty("messageType").GetString());
        Assert.Equal(typeof(ProbeFailure).FullName, letter.GetProperty("exceptionType").GetString());
        Assert.Equal($"Probe {myProbe.Id} failed on purpose.", letter.GetProperty("exceptionMessage").GetString());
        Assert.Equal(1, letter.GetProperty("attempts").GetInt32());
        Assert.Equal(JsonValueKind.String, letter.GetProperty("failedAt").ValueKind);
        Assert.False(letter.GetProperty("replayRequested").GetBoolean());
        var myList = await Items(myAdmin);
        Assert.DoesNotContain(myList, l => l.GetProperty("exceptionMessage").GetString()!.Contains(theirProbe.Id.ToString()));
        Assert.Single(myList);

        var id = letter.GetProperty("id").GetGuid();
        await (await theirAdmin.PostAsync($"/api/v1/admin/dead-letters/{id}/replay", null)).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await theirAdmin.DeleteAsync($"/api/v1/admin/dead-letters/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await myAdmin.DeleteAsync($"/api/v1/admin/dead-letters/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        var coach = await api.ClientAs(mine, "coach");
        await (await coach.GetAsync("/api/v1/admin/dead-letters")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await coach.PostAsync($"/api/v1/admin/dead-letters/{id}/replay", null)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        Assert.Single(await Items(myAdmin)); // still there after the refusals
    }

    [Fact]
    public async Task A_replayed_dead_letter_is_handled_again_and_leaves_the_list()
    {
        var tenant = Tenants.New();
        var admin = await api.ClientAs(tenant, "org-admin");
        var probe = FailingProbeHandler.Arrange(failures: 1); // the fault is mended after the first failure
        await api.SendProbeAsync(probe, tenant);
        var id = (await DeadLetterOf(admin, probe)).GetProperty("id").GetGuid();

        var replay = await admin.PostAsync($"/api/v1/admin/dead-letters/{id}/replay", null);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Eventually.Until(() => Task.FromResult(FailingProbeHandler.Handled.TryGetValue(probe.Id, out var t) ? t : null),
            handledFor => handledFor == tenant, "the replayed probe handled in its organisation", seconds: 60);
        await Eventually.Until(() => Items(admin), list => list.Count == 0, "the replayed dead letter gone from the list");
    }

    [Fact]
    public async Task A_discarded_dead_letter_is_gone_for_good()
    {
        var tenant = Tenants.New();
        var admin = await api.ClientAs(tenant, "org-admin");
        var (kept, discarded) = (FailingProbeHandler.Arrange(failures: 100), FailingProbeHandler.Arrange(failures: 100));
        await api.SendProbeAsync(kept, tenant);
        await api.SendProbeAsync(discarded, tenant);
        await DeadLetterOf(admin, kept);
        var id = (await DeadLetterOf(admin, discarded)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/dead-letters/{id}")).StatusCode);

        var left = await Items(admin);
        Assert.Equal([kept.Id.ToString()], left.Select(l => l.GetProperty("exceptionMessage").GetString()!.Split(' ')[1]));
        await (await admin.DeleteAsync($"/api/v1/admin/dead-letters/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.False(FailingProbeHandler.Handled.ContainsKey(discarded.Id));
    }

    [Fact]
    public async Task The_list_pages_with_a_cursor()
    {
        var tenant = Tenants.New();
        var admin = await api.ClientAs(tenant, "org-admin");
        var probes = Enumerable.Range(0, 3).Select(_ => FailingProbeHandler.Arrange(failures: 100)).ToList();
        foreach (var probe in probes) await api.SendProbeAsync(probe, tenant);
        await Eventually.Until(() => Items(admin), list => list.Count == 3, "three dead letters");

        var first = await admin.GetJson("/api/v1/admin/dead-letters?limit=2");
        var second = await admin.GetJson($"/api/v1/admin/dead-letters?limit=2&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}");

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(l => l.GetProperty("id").GetGuid());
        Assert.Equal(3, ids.Distinct().Count());
    }

    private static async Task<List<JsonElement>> Items(HttpClient admin) =>
        (await admin.GetJson("/api/v1/admin/dead-letters")).GetProperty("items").EnumerateArray().ToList();

    private static async Task<JsonElement> DeadLetterOf(HttpClient admin, FailingProbe probe) =>
        (await Eventually.Until(() => Items(admin),
            list => list.Any(l => l.GetProperty("exceptionMessage").GetString()!.Contains(probe.Id.ToString())),
            $"probe {probe.Id} dead-lettered"))
        .Single(l => l.GetProperty("exceptionMessage").GetString()!.Contains(probe.Id.ToString()));
}
