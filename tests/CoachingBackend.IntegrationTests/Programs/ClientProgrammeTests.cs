using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>The client's own programme: planned for the chosen themes only, refused when it cannot be, and who may act.</summary>
public sealed class ClientProgrammeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_programme_of_three_themes_over_twelve_weeks_gives_the_client_exactly_the_activities_of_the_two_they_chose()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var programmeId = await coach.PublishedAsync();

        var started = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes",
            new { programmeId, themes = new[] { "exercise", "sleep" } }));

        var startsOn = DateOnly.Parse(started.GetProperty("startsOn").GetString()!);
        Assert.Equal(1, started.GetProperty("programmeVersion").GetInt32());
        Assert.Equal(["exercise", "sleep"], started.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(36, started.GetProperty("activities").GetInt32());

        var client = await org.As("client", clientId.ToString());
        var calendar = (await client.GetJson($"/api/v1/clients/{clientId}/calendar?from={startsOn:yyyy-MM-dd}&to={startsOn.AddDays(83):yyyy-MM-dd}"))
            .EnumerateArray().ToList();
        Assert.Equal(36, calendar.Count);
        Assert.Equal(12, calendar.Count(d => d.GetProperty("key").GetString() == "walk"));
        Assert.Equal(12, calendar.Count(d => d.GetProperty("key").GetString() == "gym"));
        Assert.Equal(12, calendar.Count(d => d.GetProperty("key").GetString() == "sleep-diary"));
        Assert.DoesNotContain(calendar, d => d.GetProperty("theme").GetString() == "recovery");
        // Each activity falls on its ISO weekday, once in each of the twelve weeks from the start date.
        foreach (var (key, weekday) in new[] { ("walk", DayOfWeek.Monday), ("gym", DayOfWeek.Thursday), ("sleep-diary", DayOfWeek.Sunday) })
        {
            var days = calendar.Where(d => d.GetProperty("key").GetString() == key).Select(d => DateOnly.Parse(d.GetProperty("on").GetString()!)).ToList();
            Assert.All(days, d => Assert.Equal(weekday, d.DayOfWeek));
            Assert.Equal(Enumerable.Range(1, 12), days.Select(d => (d.DayNumber - startsOn.DayNumber) / 7 + 1));
        }
        var walk = calendar.First(d => d.GetProperty("key").GetString() == "walk");
        Assert.Equal("17:00", walk.GetProperty("reminderAt").GetString());
        Assert.Equal(DateOnly.Parse(walk.GetProperty("on").GetString()!) == startsOn ? "due" : "upcoming", walk.GetProperty("state").GetString());

        var journey = await org.JourneyAsync(clientId);
        var entry = journey.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "module_entry_recorded")
            .GetProperty("payload");
        Assert.Equal("programme-started", entry.GetProperty("kind").GetString());
        Assert.Equal($"Programme \"Move and rest\" (version 1) started on {startsOn:yyyy-MM-dd}: exercise, sleep; 36 activities.",
            entry.GetProperty("summary").GetString());
        Assert.Equal(started.GetProperty("clientProgrammeId").GetGuid(), entry.GetProperty("sourceStream").GetGuid());
    }

    [Fact]
    public async Task A_programme_is_refused_for_a_theme_it_does_not_offer_an_unreleased_version_and_a_client_not_yet_active()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var active = await org.ActiveClientAsync(coach, coachId);
        var released = await coach.PublishedAsync();
        var reviewedOnly = await coach.PublishedAsync(ProgrammeSteps.MoveAndRest("Still in review"), toClients: false);

        var offTheme = await coach.PostAsync($"/api/v1/clients/{active}/programmes",
            JsonContent.Create(new { programmeId = released, themes = new[] { "sleep", "eating" } }));
        var problem = await offTheme.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.Contains("eating", problem.GetProperty("errors").GetProperty("themes")[0].GetString());

        await (await coach.PostAsync($"/api/v1/clients/{active}/programmes", JsonContent.Create(new { programmeId = reviewedOnly, themes = new[] { "sleep" } })))
            .ShouldBeProblem(HttpStatusCode.Conflict, "programme-version-not-released");
        await (await coach.PostAsync($"/api/v1/clients/{active}/programmes",
                JsonContent.Create(new { programmeId = released, themes = new[] { "sleep" }, startsOn = "2020-01-06" })))
            .ShouldBeProblem(HttpStatusCode.Conflict, "programme-start-before-activation");

        var referred = await org.ReferAsync("Pekka");
        await org.AssignAsync(coach, referred, coachId);
        await (await coach.PostAsync($"/api/v1/clients/{referred}/programmes", JsonContent.Create(new { programmeId = released, themes = new[] { "sleep" } })))
            .ShouldBeProblem(HttpStatusCode.Conflict, "client-not-active");

        var client = await org.As("client", active.ToString());
        Assert.Empty((await client.GetJson($"/api/v1/clients/{active}/programmes")).EnumerateArray());
    }

    [Fact]
    public async Task Only_the_responsible_coach_starts_a_programme_and_another_organisation_sees_nothing()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var (_, otherCoach) = await org.CoachAsync("coach-bert");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var programmeId = await coach.PublishedAsync();
        var body = new { programmeId, themes = new[] { "sleep" } };

        await (await otherCoach.PostAsync($"/api/v1/clients/{clientId}/programmes", JsonContent.Create(body)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var started = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes", body));
        var id = started.GetProperty("clientProgrammeId").GetGuid();

        await (await otherCoach.GetAsync($"/api/v1/clients/{clientId}/calendar")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var someoneElse = await org.As("client", Guid.NewGuid().ToString());
        await (await someoneElse.GetAsync($"/api/v1/clients/{clientId}/programmes")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var stranger = await (await Organisation.StartAsync(api)).CoachAsync("coach-anna");
        await (await stranger.Coach.GetAsync($"/api/v1/clients/{clientId}/calendar")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.Coach.PostAsync($"/api/v1/clients/{clientId}/programmes", JsonContent.Create(body)))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await stranger.Coach.PostAsync($"/api/v1/clients/{clientId}/programmes/{id}/reschedule", JsonContent.Create(new { days = 7 })))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        // The programme's own id under another client of the same organisation is not found either.
        var other = await org.ActiveClientAsync(coach, coachId, "Pekka");
        await (await coach.PostAsync($"/api/v1/clients/{other}/programmes/{id}/reschedule", JsonContent.Create(new { days = 7 })))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task The_client_skips_an_activity_of_their_own_and_a_newer_version_keeps_it_skipped()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var programmeId = await coach.PublishedAsync();
        var started = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes",
            new { programmeId, themes = new[] { "exercise" } }));
        var id = started.GetProperty("clientProgrammeId").GetGuid();
        var client = await org.As("client", clientId.ToString());
        var firstGym = (await client.GetJson($"/api/v1/clients/{clientId}/calendar")).EnumerateArray()
            .First(d => d.GetProperty("key").GetString() == "gym");
        var activityId = firstGym.GetProperty("activityId").GetGuid();

        var skipped = await client.PostOk($"/api/v1/clients/{clientId}/calendar/{activityId}/skip", new { });
        Assert.Equal("skipped", skipped.GetProperty("state").GetString());
        var other = await org.ActiveClientAsync(coach, coachId, "Pekka");
        var pekka = await org.As("client", other.ToString());
        await (await pekka.PostAsync($"/api/v1/clients/{other}/calendar/{activityId}/skip", JsonContent.Create(new { })))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");

        // Version 2 adds stretching on Tuesdays; the client keeps version 1 until the coach moves them.
        await coach.Ok(HttpMethod.Put, $"/api/v1/programmes/{programmeId}", ProgrammeSteps.MoveAndRest("Move and rest",
            new { key = "stretch", title = "Stretching", theme = "exercise", kind = "exercise-session", when = new { week = 1, weekday = 2, untilWeek = 12 } }));
        await coach.PostOk($"/api/v1/programmes/{programmeId}/publication", new { audience = "coaches" });
        await coach.PostOk($"/api/v1/programmes/{programmeId}/publication", new { audience = "clients" });
        Assert.Equal(1, (await client.GetJson($"/api/v1/clients/{clientId}/programmes/{id}")).GetProperty("programmeVersion").GetInt32());

        var stale = await coach.Post($"/api/v1/clients/{clientId}/programmes/{id}/version", new { version = 2 }, ifMatch: "\"1\"");
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");
        var moved = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes/{id}/version", new { version = 2 }));
        Assert.Equal((2, 36), (moved.GetProperty("programmeVersion").GetInt32(), moved.GetProperty("activities").GetInt32()));
        var gym = (await client.GetJson($"/api/v1/clients/{clientId}/calendar")).EnumerateArray().First(d => d.GetProperty("activityId").GetGuid() == activityId);
        Assert.Equal("skipped", gym.GetProperty("state").GetString());
        Assert.Contains("programme-version-changed", (await org.JourneyAsync(clientId)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "module_entry_recorded").Select(e => e.GetProperty("payload").GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task An_activity_done_entry_marks_its_calendar_activity_done_and_another_clients_activity_is_refused()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var pekka = await org.ActiveClientAsync(coach, coachId, "Pekka");
        var programmeId = await coach.PublishedAsync();
        foreach (var clientId in new[] { aino, pekka })
            await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes", new { programmeId, themes = new[] { "sleep" } }));
        var client = await org.As("client", aino.ToString());
        var diary = (await client.GetJson($"/api/v1/clients/{aino}/calendar")).EnumerateArray().First();
        var activityId = diary.GetProperty("activityId").GetGuid();

        var entry = await api.AfterMessagesHandled(() => client.PostOk($"/api/v1/clients/{aino}/entries",
            new { kind = "activity-done", calendarActivityId = activityId, text = "Wrote it before bed." }));

        var done = (await client.GetJson($"/api/v1/clients/{aino}/calendar")).EnumerateArray().Single(d => d.GetProperty("activityId").GetGuid() == activityId);
        Assert.Equal("done", done.GetProperty("state").GetString());
        Assert.Equal(entry.GetProperty("entryId").GetGuid(), done.GetProperty("entryId").GetGuid());
        Assert.Equal(1, (await client.GetJson($"/api/v1/clients/{aino}/programmes")).EnumerateArray().Single().GetProperty("activitiesDone").GetInt32());
        Assert.Contains("entry-recorded", (await org.JourneyAsync(aino)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "module_entry_recorded").Select(e => e.GetProperty("payload").GetProperty("kind").GetString()));

        var asPekka = await org.As("client", pekka.ToString());
        var refused = await asPekka.PostAsync($"/api/v1/clients/{pekka}/entries",
            JsonContent.Create(new { kind = "activity-done", calendarActivityId = activityId }));
        var problem = await refused.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("calendarActivityId", out _));
        Assert.Equal(0, (await asPekka.GetJson($"/api/v1/clients/{pekka}/entries")).GetProperty("items").GetArrayLength());
    }
}
