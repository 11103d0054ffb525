using System.Net;
using System.Text.Json;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>
/// A client's entries and their coach's comments: recorded by the client alone, read by the client, their responsible
/// coach and the org-admin, each in the client's journey as one line with a reference to its stream.
/// </summary>
public sealed class EntryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_mood_entry_is_listed_and_reaches_the_journey_with_its_summary_and_source()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var ainoApp = await org.As(Roles.Client, aino.ToString());

        var recorded = await api.AfterMessagesHandled(() => ainoApp.PostOk($"/api/v1/clients/{aino}/entries",
            new { kind = "mood", mood = 4, text = "Tired but glad I went out." }));
        var entryId = recorded.GetProperty("entryId").GetGuid();

        foreach (var reader in new[] { ainoApp, coach, org.Admin })
        {
            var listed = Assert.Single((await reader.GetJson($"/api/v1/clients/{aino}/entries")).GetProperty("items").EnumerateArray());
            Assert.Equal((entryId, "mood", 4, "Mood 4/5", "Tired but glad I went out.", 1L),
                (listed.GetProperty("entryId").GetGuid(), listed.GetProperty("kind").GetString(), listed.GetProperty("mood").GetInt32(),
                    listed.GetProperty("summary").GetString(), listed.GetProperty("text").GetString(), listed.GetProperty("version").GetInt64()));
        }
        var journeyEntry = (await org.JourneyAsync(aino)).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == "module_entry_recorded").GetProperty("payload");
        Assert.Equal(("programs", "entry-recorded", "Mood 4/5", entryId, 1L),
            (journeyEntry.GetProperty("module").GetString(), journeyEntry.GetProperty("kind").GetString(),
                journeyEntry.GetProperty("summary").GetString(), journeyEntry.GetProperty("sourceStream").GetGuid(),
                journeyEntry.GetProperty("sourceVersion").GetInt64()));
        var clientNow = await coach.GetJson($"/api/v1/clients/{aino}");
        Assert.Equal(recorded.GetProperty("recordedAt").GetDateTimeOffset(), clientNow.GetProperty("lastActivityAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_awaiting_comment_queue_holds_the_coachs_own_clients_entries_oldest_first_until_a_coach_comments()
    {
        var org = await Organisation.StartAsync(api);
        var (annaId, anna) = await org.CoachAsync("coach-anna");
        var (berttaId, bertta) = await org.CoachAsync("coach-bertta");
        var aino = await org.ActiveClientAsync(anna, annaId, "Aino");
        var pekka = await org.ActiveClientAsync(anna, annaId, "Pekka");
        var ville = await org.ActiveClientAsync(bertta, berttaId, "Ville");
        var first = await Record(org, aino, new { kind = "note", text = "Slept eight hours." });
        var second = await Record(org, pekka, new { kind = "measurement", measurement = new { kind = "weight", value = 82.5 } });
        var third = await Record(org, aino, new { kind = "mood", mood = 4 });
        var villes = await Record(org, ville, new { kind = "mood", mood = 2 });

        Assert.Equal([first, second, third], await AwaitingComment(anna));
        var queued = (await anna.GetJson("/api/v1/entries/awaiting-comment")).GetProperty("items")[1];
        Assert.Equal(("Weight 82.5 kg", pekka, 0), (queued.GetProperty("summary").GetString(), queued.GetProperty("clientId").GetGuid(),
            queued.GetProperty("waitingHours").GetInt32()));
        Assert.Equal([villes], await AwaitingComment(bertta));
        Assert.Equal([villes], await AwaitingComment(org.Admin, "?coachUserId=coach-bertta"));

        var commented = await api.AfterMessagesHandled(() => anna.PostOk($"/api/v1/entries/{second}/comments", new { text = "Good start, Pekka!" }));
        var ainoApp = await org.As(Roles.Client, aino.ToString());
        await api.AfterMessagesHandled(() => ainoApp.PostOk($"/api/v1/entries/{first}/comments", new { text = "Anyone there?" }));

        Assert.Equal([first, third], await AwaitingComment(anna));
        var comment = Assert.Single(commented.GetProperty("comments").EnumerateArray());
        Assert.Equal(("coach", "coach-anna", "Good start, Pekka!"), (comment.GetProperty("author").GetString(),
            comment.GetProperty("by").GetString(), comment.GetProperty("text").GetString()));
        Assert.Equal(comment.GetProperty("at").GetDateTimeOffset(), commented.GetProperty("firstCoachCommentAt").GetDateTimeOffset());
        var inJourney = (await org.JourneyAsync(pekka)).GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("payload")).Where(p => p.TryGetProperty("module", out _))
            .Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("summary").GetString(), p.GetProperty("sourceVersion").GetInt64()));
        Assert.Equal([("entry-recorded", "Weight 82.5 kg", 1L), ("entry-commented", "Coach commented on an entry", 2L)], inJourney);
    }

    [Fact]
    public async Task Another_coach_may_not_comment_and_nothing_is_written()
    {
        var org = await Organisation.StartAsync(api);
        var (annaId, anna) = await org.CoachAsync("coach-anna");
        var (_, bertta) = await org.CoachAsync("coach-bertta");
        var aino = await org.ActiveClientAsync(anna, annaId);
        var entryId = await Record(org, aino, new { kind = "mood", mood = 3 });

        await (await bertta.Post($"/api/v1/entries/{entryId}/comments", new { text = "Hello from another coach" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await bertta.GetAsync($"/api/v1/entries/{entryId}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var entry = await anna.GetJson($"/api/v1/entries/{entryId}");
        Assert.Empty(entry.GetProperty("comments").EnumerateArray());
        Assert.Equal(1, entry.GetProperty("version").GetInt64());
        Assert.Equal([entryId], await AwaitingComment(anna));
    }

    [Fact]
    public async Task Only_the_client_records_their_entries_and_another_organisation_finds_none()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var pekka = await org.ActiveClientAsync(coach, coachId, "Pekka");
        var entryId = await Record(org, aino, new { kind = "note", text = "Walked to work." });
        var mood = new { kind = "mood", mood = 3 };

        await (await coach.Post($"/api/v1/clients/{aino}/entries", mood)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var pekkaApp = await org.As(Roles.Client, pekka.ToString());
        await (await pekkaApp.Post($"/api/v1/clients/{aino}/entries", mood)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await pekkaApp.GetAsync($"/api/v1/clients/{aino}/entries")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var other = await Organisation.StartAsync(api);
        await (await other.Admin.GetAsync($"/api/v1/clients/{aino}/entries")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await other.Admin.GetAsync($"/api/v1/entries/{entryId}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await other.Admin.Post($"/api/v1/entries/{entryId}/comments", new { text = "Hi" })).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        var ainoElsewhere = await api.ClientAs(other.Tenant, Roles.Client, aino.ToString());
        await (await ainoElsewhere.Post($"/api/v1/clients/{aino}/entries", mood)).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Empty((await other.Admin.GetJson("/api/v1/entries/awaiting-comment")).GetProperty("items").EnumerateArray());

        Assert.Equal([entryId], (await coach.GetJson($"/api/v1/clients/{aino}/entries")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("entryId").GetGuid()));
    }

    public static TheoryData<string, string, string> BadEntries() => new()
    {
        { """{"kind":"walk"}""", "malformed-request", "kind" },
        { """{"kind":"mood","mood":6}""", "validation", "mood" },
        { """{"kind":"mood"}""", "validation", "mood" },
        { """{"kind":"note"}""", "validation", "text" },
        { """{"kind":"activity-done"}""", "validation", "calendarActivityId" },
        { """{"kind":"measurement","measurement":{"kind":"weight","value":401}}""", "validation", "measurement.value" },
        { """{"kind":"measurement","measurement":{"kind":"waist","value":12}}""", "validation", "measurement.value" },
        { """{"kind":"measurement","measurement":{"kind":"blood-pressure","systolic":80,"diastolic":90}}""", "validation", "measurement.systolic" },
        { """{"kind":"measurement","measurement":{"kind":"pulse","value":60}}""", "malformed-request", "measurement.kind" },
        { $$"""{"kind":"note","text":"{{new string('a', 4001)}}"}""", "validation", "text" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task A_bad_entry_is_refused_naming_the_field_and_nothing_is_recorded(string body, string type, string field)
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var ainoApp = await org.As(Roles.Client, aino.ToString());

        var response = await ainoApp.PostAsync($"/api/v1/clients/{aino}/entries",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, type);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Empty((await ainoApp.GetJson($"/api/v1/clients/{aino}/entries")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_client_who_has_left_the_service_records_no_more_entries()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{aino}/discharge", new { reason = "completed", summary = "Reached her goals." }));
        var ainoApp = await org.As(Roles.Client, aino.ToString());

        await (await ainoApp.Post($"/api/v1/clients/{aino}/entries", new { kind = "mood", mood = 5 }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "journey-closed");
    }

    private async Task<Guid> Record(Organisation org, Guid clientId, object entry)
    {
        var app = await org.As(Roles.Client, clientId.ToString());
        return (await api.AfterMessagesHandled(() => app.PostOk($"/api/v1/clients/{clientId}/entries", entry))).GetProperty("entryId").GetGuid();
    }

    private static async Task<List<Guid>> AwaitingComment(HttpClient reader, string query = "") =>
        (await reader.GetJson($"/api/v1/entries/awaiting-comment{query}")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("entryId").GetGuid()).ToList();
}
