using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>Programme templates: drafted, edited under If-Match, shared with coaches for review, then released to clients.</summary>
public sealed class ProgrammeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static object Activity(string key = "wind-down", int week = 1, int? untilWeek = 4, string theme = "sleep", Guid? materialId = null) => new
    {
        key, title = "Screens off an hour before bed", theme, kind = "task", when = new { week, weekday = 1, untilWeek }, materialId,
        reminderAt = "21:00",
    };

    private static object Body(string description = "Evenings first.", int lengthWeeks = 12, params object[] activities) => new
    {
        name = "Sleep and recovery", description, lengthWeeks, themes = new[] { "sleep", "recovery" },
        activities = activities.Length == 0 ? [Activity()] : activities,
    };

    private static async Task<(Guid Id, string ETag)> DraftAsync(HttpClient coach, object? body = null)
    {
        var response = await coach.PostAsJsonAsync("/api/v1/programmes", body ?? Body());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("programmeId").GetGuid();
        Assert.Equal($"/api/v1/programmes/{id}", response.Headers.Location?.ToString());
        return (id, response.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> Put(HttpClient by, Guid id, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/programmes/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return by.SendAsync(request);
    }

    private static Task<JsonElement> Publish(HttpClient by, Guid id, string audience, int? version = null) =>
        by.PostOk($"/api/v1/programmes/{id}/publication", new { audience, version });

    [Fact]
    public async Task A_draft_is_edited_shared_with_coaches_reviewed_and_released_to_clients()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");
        var ben = await org.As("coach", "coach-ben");
        var (id, etag) = await DraftAsync(anna);
        Assert.Equal("\"1\"", etag);

        var edited = await Put(anna, id, Body("Evenings first, then recovery.", 12, Activity(untilWeek: 6),
            Activity("week-one-reflection", 1, null)), etag);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("\"2\"", edited.Headers.ETag!.Tag);
        await (await Put(anna, id, Body("Something else"), etag)).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");

        var programme = await anna.GetJson($"/api/v1/programmes/{id}");
        var draft = programme.GetProperty("draft");
        Assert.Equal(("Sleep and recovery", "Evenings first, then recovery.", 12, true),
            (draft.GetProperty("name").GetString(), draft.GetProperty("description").GetString(), draft.GetProperty("lengthWeeks").GetInt32(),
                draft.GetProperty("changedSinceShared").GetBoolean()));
        Assert.Equal(["sleep", "recovery"], draft.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        var first = draft.GetProperty("activities")[0];
        Assert.Equal(("wind-down", "task", 1, 1, 6, "21:00"), (first.GetProperty("key").GetString(), first.GetProperty("kind").GetString(),
            first.GetProperty("when").GetProperty("week").GetInt32(), first.GetProperty("when").GetProperty("weekday").GetInt32(),
            first.GetProperty("when").GetProperty("untilWeek").GetInt32(), first.GetProperty("reminderAt").GetString()));
        Assert.Equal(0, programme.GetProperty("versions").GetArrayLength());

        var shared = await Publish(anna, id, "coaches");
        Assert.Equal((1, "coaches", 3), (shared.GetProperty("version").GetInt32(), shared.GetProperty("audience").GetString(),
            shared.GetProperty("streamVersion").GetInt32()));

        var comment = await ben.PostOk($"/api/v1/programmes/{id}/versions/1/comments", new { text = "Week 3 asks a lot at once.\nStart the walk in week 4?" });
        Assert.Equal("coach-ben", comment.GetProperty("leftBy").GetString());
        var comments = await anna.GetJson($"/api/v1/programmes/{id}/versions/1/comments");
        Assert.Equal([("Week 3 asks a lot at once.\nStart the walk in week 4?", "coach-ben", 1)],
            comments.EnumerateArray().Select(c => (c.GetProperty("text").GetString(), c.GetProperty("leftBy").GetString(), c.GetProperty("version").GetInt32())));
        // A comment is on the version's review stream: the author's If-Match on the draft still holds.
        Assert.Equal("\"3\"", (await anna.GetAsync($"/api/v1/programmes/{id}")).Headers.ETag!.Tag);

        var released = await Publish(anna, id, "clients");
        Assert.Equal((1, "clients", 4), (released.GetProperty("version").GetInt32(), released.GetProperty("audience").GetString(),
            released.GetProperty("streamVersion").GetInt32()));
        var again = await Publish(org.Admin, id, "clients", 1);
        Assert.Equal(4, again.GetProperty("streamVersion").GetInt32());

        var version = await ben.GetJson($"/api/v1/programmes/{id}/versions/1");
        Assert.Equal((1, "Sleep and recovery", "coach-anna", 1, 2), (version.GetProperty("version").GetInt32(), version.GetProperty("name").GetString(),
            version.GetProperty("sharedBy").GetString(), version.GetProperty("commentCount").GetInt32(), version.GetProperty("activities").GetArrayLength()));
        Assert.NotEqual(JsonValueKind.Null, version.GetProperty("releasedToClientsAt").ValueKind);

        var forClients = await ben.GetJson("/api/v1/programmes?audience=clients");
        var listed = Assert.Single(forClients.GetProperty("items").EnumerateArray());
        Assert.Equal((id, "Sleep and recovery", 1, 1), (listed.GetProperty("programmeId").GetGuid(), listed.GetProperty("name").GetString(),
            listed.GetProperty("latestVersion").GetInt32(), listed.GetProperty("latestReleasedVersion").GetInt32()));
        var summary = Assert.Single((await anna.GetJson($"/api/v1/programmes/{id}")).GetProperty("versions").EnumerateArray());
        Assert.Equal(1, summary.GetProperty("commentCount").GetInt32());
    }

    [Fact]
    public async Task Releasing_to_clients_a_version_never_shared_with_coaches_is_refused()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");
        var (id, _) = await DraftAsync(anna);

        var refused = await anna.PostAsJsonAsync($"/api/v1/programmes/{id}/publication", new { audience = "clients" });
        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "programme-not-reviewed");

        await Publish(anna, id, "coaches");
        var second = await anna.PostAsJsonAsync($"/api/v1/programmes/{id}/publication", new { audience = "clients", version = 2 });
        await second.ShouldBeProblem(HttpStatusCode.Conflict, "programme-not-reviewed");
        var unchanged = await anna.PostAsJsonAsync($"/api/v1/programmes/{id}/publication", new { audience = "coaches" });
        await unchanged.ShouldBeProblem(HttpStatusCode.Conflict, "programme-draft-unchanged");
        Assert.Equal(0, (await anna.GetJson("/api/v1/programmes?audience=clients")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Version_1_stays_as_it_was_when_the_draft_is_edited_and_version_2_shared()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");
        var (id, etag) = await DraftAsync(anna);
        await Publish(anna, id, "coaches");

        var current = (await anna.GetAsync($"/api/v1/programmes/{id}")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await Put(anna, id, Body("Now with recovery.", 10, Activity(week: 2, untilWeek: 10)), current)).StatusCode);
        Assert.True((await anna.GetJson($"/api/v1/programmes/{id}")).GetProperty("draft").GetProperty("changedSinceShared").GetBoolean());
        Assert.Equal(2, (await Publish(anna, id, "coaches")).GetProperty("version").GetInt32());

        var one = await anna.GetJson($"/api/v1/programmes/{id}/versions/1");
        Assert.Equal(("Evenings first.", 12), (one.GetProperty("description").GetString(), one.GetProperty("lengthWeeks").GetInt32()));
        Assert.Equal((1, 4), (one.GetProperty("activities")[0].GetProperty("when").GetProperty("week").GetInt32(),
            one.GetProperty("activities")[0].GetProperty("when").GetProperty("untilWeek").GetInt32()));
        var two = await anna.GetJson($"/api/v1/programmes/{id}/versions/2");
        Assert.Equal(("Now with recovery.", 10), (two.GetProperty("description").GetString(), two.GetProperty("lengthWeeks").GetInt32()));
        Assert.Equal([1, 2], (await anna.GetJson($"/api/v1/programmes/{id}")).GetProperty("versions").EnumerateArray()
            .Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/api/v1/programmes/{id}/versions/3")).StatusCode);
    }

    [Fact]
    public async Task A_draft_is_invisible_to_another_coach_until_shared_and_stays_the_authors_to_edit()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");
        var ben = await org.As("coach", "coach-ben");
        var (id, _) = await DraftAsync(anna);

        await (await ben.GetAsync($"/api/v1/programmes/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, (await ben.GetJson("/api/v1/programmes")).GetProperty("items").GetArrayLength());
        await (await ben.PostAsJsonAsync($"/api/v1/programmes/{id}/publication", new { audience = "coaches" }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await ben.PostAsJsonAsync($"/api/v1/programmes/{id}/versions/1/comments", new { text = "Looks good." }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Equal("Sleep and recovery", (await org.Admin.GetJson($"/api/v1/programmes/{id}")).GetProperty("draft").GetProperty("name").GetString());

        await Publish(anna, id, "coaches");
        var seen = await ben.GetJson($"/api/v1/programmes/{id}");
        Assert.Equal(("Sleep and recovery", JsonValueKind.Null, 1), (seen.GetProperty("name").GetString(), seen.GetProperty("draft").ValueKind,
            seen.GetProperty("versions").GetArrayLength()));
        Assert.Equal([id], (await ben.GetJson("/api/v1/programmes")).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("programmeId").GetGuid()));
        await (await Put(ben, id, Body("Mine now."), null)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Another_organisation_finds_nothing()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");
        var (id, _) = await DraftAsync(anna);
        await Publish(anna, id, "coaches");
        var other = await Organisation.StartAsync(api);
        var stranger = await other.As("coach", "coach-anna");

        foreach (var url in new[] { $"/api/v1/programmes/{id}", $"/api/v1/programmes/{id}/versions/1", $"/api/v1/programmes/{id}/versions/1/comments" })
            await (await other.Admin.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await Put(stranger, id, Body(), null)).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await other.Admin.PostAsJsonAsync($"/api/v1/programmes/{id}/publication", new { audience = "clients" }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.PostAsJsonAsync($"/api/v1/programmes/{id}/versions/1/comments", new { text = "Hello" }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, (await other.Admin.GetJson("/api/v1/programmes")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Bad_drafts_are_refused_field_by_field_and_change_nothing()
    {
        var org = await Organisation.StartAsync(api);
        var anna = await org.As("coach", "coach-anna");

        async Task<string[]> Refused(object body) => (await (await anna.PostAsJsonAsync("/api/v1/programmes", body))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToArray();

        Assert.Equal(["activities[0].theme"], await Refused(Body(activities: Activity(theme: "eating"))));
        Assert.Equal(["activities[0].when.week"], await Refused(Body(activities: Activity(week: 13, untilWeek: null))));
        Assert.Equal(["activities[0].when.untilWeek"], await Refused(Body(activities: Activity(week: 3, untilWeek: 2))));
        Assert.Equal(["activities[0].materialId"], await Refused(Body(activities: Activity(materialId: Guid.NewGuid()))));
        Assert.Equal(["activities"], await Refused(Body(activities: [Activity(), Activity()])));
        Assert.Equal(["lengthWeeks"], await Refused(Body(lengthWeeks: 53)));
        Assert.Equal(["description"], await Refused(Body(description: new string('a', 4001))));
        Assert.Equal(["activities"], await Refused(Body(activities: [.. Enumerable.Range(1, 201).Select(i => Activity($"a-{i}"))])));
        Assert.Equal(["themes"], await Refused(new { name = "Empty", description = (string?)null, lengthWeeks = 4, themes = Array.Empty<string>(), activities = Array.Empty<object>() }));

        Assert.Equal(0, (await anna.GetJson("/api/v1/programmes")).GetProperty("items").GetArrayLength());
    }
}
