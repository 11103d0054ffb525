using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;
using CoachingBackend.Programs.Contracts;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>The organisation's material bank over HTTP: add, revise, retire, read revisions, search.</summary>
public sealed class MaterialTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static object Tip(string title = "Take the stairs", string body = "Choose the **stairs**: two flights a day add up.",
        string[]? themes = null, string[]? tags = null) => new
    {
        kind = "tip", title, body, themes = themes ?? ["exercise"], tags = tags ?? ["everyday-activity"], language = "en", estimatedMinutes = 2,
    };

    private static object Video(string title = "Evening stretch") => new
    {
        kind = "video", title, url = "https://videos.example.fi/stretch", durationSeconds = 540, themes = new[] { "recovery", "sleep" },
        language = "fi", estimatedMinutes = 10,
    };

    private static async Task<(Guid Id, string ETag)> AddAsync(HttpClient by, object material)
    {
        var response = await by.PostAsJsonAsync("/api/v1/materials", material);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("materialId").GetGuid();
        return (id, response.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> Revise(HttpClient by, Guid id, object material, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/materials/{id}") { Content = JsonContent.Create(material) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return by.SendAsync(request);
    }

    private static async Task<List<string?>> Titles(HttpClient by, string query) =>
        (await by.GetJson($"/api/v1/materials?{query}")).GetProperty("items").EnumerateArray()
        .Select(i => i.GetProperty("title").GetString()).ToList();

    [Fact]
    public async Task An_added_item_answers_201_with_its_location_and_etag_and_reads_back_as_sent()
    {
        var org = await Organisation.StartAsync(api);
        var coach = await org.As("coach", "coach-anna");

        var response = await coach.PostAsJsonAsync("/api/v1/materials", Tip(title: " Take the stairs ", tags: ["everyday-activity", "stairs"]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Body()).GetProperty("materialId").GetGuid();
        Assert.Equal($"/api/v1/materials/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        var read = await coach.GetAsync($"/api/v1/materials/{id}");
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        var item = await read.Body();
        Assert.Equal(1, item.GetProperty("revision").GetInt32());
        Assert.Equal(1, item.GetProperty("version").GetInt64());
        Assert.Equal("tip", item.GetProperty("kind").GetString());
        Assert.Equal("Take the stairs", item.GetProperty("title").GetString());
        Assert.Equal("Choose the **stairs**: two flights a day add up.", item.GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("url").ValueKind);
        Assert.Equal(["exercise"], item.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["everyday-activity", "stairs"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("en", item.GetProperty("language").GetString());
        Assert.Equal(2, item.GetProperty("estimatedMinutes").GetInt32());
        Assert.False(item.GetProperty("isRetired").GetBoolean());
        Assert.Equal("coach-anna", item.GetProperty("addedBy").GetString());

        var (videoId, _) = await AddAsync(org.Admin, Video());
        var video = await coach.GetJson($"/api/v1/materials/{videoId}");
        Assert.Equal(("video", "https://videos.example.fi/stretch", 540), (video.GetProperty("kind").GetString(),
            video.GetProperty("url").GetString(), video.GetProperty("durationSeconds").GetInt32()));
        Assert.Equal(["recovery", "sleep"], video.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_revision_with_a_stale_if_match_is_refused_with_412_and_earlier_revisions_stay_readable()
    {
        var org = await Organisation.StartAsync(api);
        var coach = await org.As("coach");
        var (id, etag) = await AddAsync(coach, Tip());

        var revised = await Revise(coach, id, Tip(body: "Three flights a day add up."), etag);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal("\"2\"", revised.Headers.ETag!.Tag);
        Assert.Equal(2, (await revised.Body()).GetProperty("revision").GetInt32());

        var stale = await Revise(coach, id, Tip(body: "Four flights."), etag);
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");

        var current = await coach.GetJson($"/api/v1/materials/{id}");
        Assert.Equal((2, "Three flights a day add up."), (current.GetProperty("revision").GetInt32(), current.GetProperty("body").GetString()));
        var first = await coach.GetJson($"/api/v1/materials/{id}/revisions/1");
        Assert.Equal((1, "Choose the **stairs**: two flights a day add up."), (first.GetProperty("revision").GetInt32(), first.GetProperty("body").GetString()));
        var second = await coach.GetJson($"/api/v1/materials/{id}/revisions/2");
        Assert.Equal("Three flights a day add up.", second.GetProperty("body").GetString());
        await (await coach.GetAsync($"/api/v1/materials/{id}/revisions/3")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await coach.GetAsync($"/api/v1/materials/{id}/revisions/0")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        // The same content again is a repeat: no new revision, the same ETag.
        var repeat = await Revise(coach, id, Tip(body: "Three flights a day add up."), null);
        Assert.Equal("\"2\"", repeat.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_retired_item_leaves_search_but_stays_readable_and_takes_no_revision()
    {
        var org = await Organisation.StartAsync(api);
        var coach = await org.As("coach");
        var (id, _) = await AddAsync(coach, Tip());
        await AddAsync(coach, Video());

        var retired = await coach.PostAsync($"/api/v1/materials/{id}/retirement", null);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.Equal("\"2\"", retired.Headers.ETag!.Tag);

        Assert.Equal(["Evening stretch"], await Titles(coach, ""));
        Assert.Equal(["Evening stretch", "Take the stairs"], await Titles(coach, "includeRetired=true"));
        var item = await coach.GetJson($"/api/v1/materials/{id}");
        Assert.True(item.GetProperty("isRetired").GetBoolean());
        Assert.Equal(1, item.GetProperty("revision").GetInt32());
        await (await Revise(coach, id, Tip(body: "New"), null)).ShouldBeProblem(HttpStatusCode.Conflict, "material-retired");

        var again = await coach.PostAsync($"/api/v1/materials/{id}/retirement", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("\"2\"", again.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Search_filters_by_theme_kind_and_tag_and_finds_whole_words_of_title_and_body_in_any_case()
    {
        var org = await Organisation.StartAsync(api);
        var coach = await org.As("coach");
        await AddAsync(coach, Tip(title: "Walk after dinner", body: "Short WALKS help digestion.", themes: ["exercise", "eating"], tags: ["walking"]));
        await AddAsync(coach, Tip(title: "Wind down", body: "Dim the lights an hour before bed.", themes: ["sleep", "mental-wellbeing"], tags: ["evening"]));
        await AddAsync(coach, Video());

        Assert.Equal(["Evening stretch", "Wind down"], await Titles(coach, "theme=sleep"));
        Assert.Equal(["Wind down"], await Titles(coach, "theme=mental-wellbeing"));
        Assert.Equal(["Evening stretch"], await Titles(coach, "kind=video"));
        Assert.Equal(["Walk after dinner", "Wind down"], await Titles(coach, "kind=tip"));
        Assert.Equal(["Wind down"], await Titles(coach, "tag=evening"));
        Assert.Equal(["Walk after dinner"], await Titles(coach, "q=walks"));
        Assert.Equal(["Walk after dinner"], await Titles(coach, "q=Digestion"));
        Assert.Equal(["Evening stretch"], await Titles(coach, "q=stretch")); // a title word of an item without a body
        Assert.Empty(await Titles(coach, "q=walking")); // the 'simple' configuration does not stem: walking is not walks
        Assert.Equal(["Wind down"], await Titles(coach, "q=" + Uri.EscapeDataString("\"before bed\"")));
        Assert.Empty(await Titles(coach, "q=lights&theme=exercise"));
        await (await coach.GetAsync("/api/v1/materials?theme=yoga")).ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
    }

    [Fact]
    public async Task Search_pages_by_title()
    {
        var org = await Organisation.StartAsync(api);
        var coach = await org.As("coach");
        foreach (var title in new[] { "C tip", "A tip", "B tip" }) await AddAsync(coach, Tip(title: title));

        var first = await coach.GetJson("/api/v1/materials?limit=2");
        Assert.Equal(["A tip", "B tip"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await coach.GetJson($"/api/v1/materials?limit=2&cursor={Uri.EscapeDataString(cursor!)}");
        Assert.Equal(["C tip"], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Another_organisations_coach_finds_nothing_and_a_client_is_refused()
    {
        var org = await Organisation.StartAsync(api);
        var (id, _) = await AddAsync(await org.As("coach"), Tip());
        var stranger = await (await Organisation.StartAsync(api)).As("coach");

        await (await stranger.GetAsync($"/api/v1/materials/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.GetAsync($"/api/v1/materials/{id}/revisions/1")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await Revise(stranger, id, Tip(body: "Mine now"), null)).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.PostAsync($"/api/v1/materials/{id}/retirement", null)).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Empty(await Titles(stranger, "includeRetired=true"));
        Assert.False((await (await org.As("coach")).GetJson($"/api/v1/materials/{id}")).GetProperty("isRetired").GetBoolean());

        var client = await org.As("client");
        await (await client.GetAsync($"/api/v1/materials/{id}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await client.PostAsJsonAsync("/api/v1/materials", Tip())).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { """{"title":"T","body":"B","themes":["sleep"],"language":"en"}""", "kind" },
        { """{"kind":"tip","title":"","body":"B","themes":["sleep"],"language":"en"}""", "title" },
        { $$"""{"kind":"tip","title":"{{new string('t', 201)}}","body":"B","themes":["sleep"],"language":"en"}""", "title" },
        { """{"kind":"text","title":"T","themes":["sleep"],"language":"en"}""", "body" },
        { $$"""{"kind":"text","title":"T","body":"{{new string('b', 20001)}}","themes":["sleep"],"language":"en"}""", "body" },
        { """{"kind":"link","title":"T","themes":["sleep"],"language":"en"}""", "url" },
        { """{"kind":"link","title":"T","url":"javascript:alert(1)","themes":["sleep"],"language":"en"}""", "url" },
        { """{"kind":"video","title":"T","url":"https://example.fi/v","themes":["sleep"],"language":"en"}""", "durationSeconds" },
        { """{"kind":"tip","title":"T","body":"B","durationSeconds":60,"themes":["sleep"],"language":"en"}""", "durationSeconds" },
        { """{"kind":"tip","title":"T","body":"B","themes":[],"language":"en"}""", "themes" },
        { """{"kind":"tip","title":"T","body":"B","language":"en"}""", "themes" },
        { """{"kind":"tip","title":"T","body":"B","themes":["sleep"],"tags":["Not kebab"],"language":"en"}""", "tags[0]" },
        { """{"kind":"tip","title":"T","body":"B","themes":["sleep"],"tags":["a","b","c","d","e","f","g","h","i","j","k"],"language":"en"}""", "tags" },
        { """{"kind":"tip","title":"T","body":"B","themes":["sleep"],"language":"english"}""", "language" },
        { """{"kind":"tip","title":"T","body":"B","themes":["sleep"],"language":"en","estimatedMinutes":601}""", "estimatedMinutes" },
        { """{"kind":"tip","title":"T","body":"B","themes":["sleep"],"language":"en","estimatedMinutes":0}""", "estimatedMinutes" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_material_that_breaks_a_rule_is_refused_with_400_naming_the_field(string body, string field)
    {
        var coach = await api.ClientAs(Tenants.New(), "coach");

        var response = await coach.PostAsync("/api/v1/materials", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.Contains(field, problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Adding_revising_and_retiring_are_published_to_other_modules_with_what_they_need_to_show_the_item()
    {
        var org = await Organisation.StartAsync(api);
        var coach = await org.As("coach");
        var id = Guid.Empty;

        var session = await api.Tracked(async () =>
        {
            (id, var etag) = await AddAsync(coach, Video());
            var revised = await Revise(coach, id, Video("Evening stretch, 9 minutes"), etag);
            Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await coach.PostAsync($"/api/v1/materials/{id}/retirement", null)).StatusCode);
        });

        // A message is recorded as sent, received and handled (by Courses too), each a copy of its own, and the session
        // also sees earlier tests' messages still being handled: this item's, one per revision.
        var messages = session.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<object>().ToList();
        var published = Assert.Single(messages.OfType<MaterialPublished>().Where(m => m.MaterialId == id).DistinctBy(m => m.Revision));
        Assert.Equal((org.Tenant, id, 1, "video", "Evening stretch", "https://videos.example.fi/stretch", 540),
            (published.TenantId, published.MaterialId, published.Revision, published.Kind, published.Title, published.Url, published.DurationSeconds));
        Assert.Equal(["recovery", "sleep"], published.Themes);
        Assert.Equal(("fi", 10), (published.Language, published.EstimatedMinutes));
        var revisedEvent = Assert.Single(messages.OfType<MaterialRevised>().Where(m => m.MaterialId == id).DistinctBy(m => m.Revision));
        Assert.Equal((2, "Evening stretch, 9 minutes"), (revisedEvent.Revision, revisedEvent.Title));
        var retiredEvent = Assert.Single(messages.OfType<MaterialRetired>().Where(m => m.MaterialId == id).DistinctBy(m => m.Revision));
        Assert.Equal((id, 2, "Evening stretch, 9 minutes"), (retiredEvent.MaterialId, retiredEvent.Revision, retiredEvent.Title));
    }
}
