using System.Net;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>
/// A programme through the client's service as time passes: a time-out pauses it, the coach shifts what remains after
/// the return, discharge ends it. This class owns its host: it moves the clock.
/// </summary>
public sealed class ClientProgrammeTimeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_time_out_pauses_the_calendar_and_after_the_return_the_coach_moves_what_remains_out_of_it()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var programmeId = await coach.PublishedAsync();
        var started = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes",
            new { programmeId, themes = new[] { "sleep" } }));
        var id = started.GetProperty("clientProgrammeId").GetGuid();
        var startsOn = DateOnly.Parse(started.GetProperty("startsOn").GetString()!);
        var diaries = await Diaries();

        await api.MoveClockAsync(new { advance = "P8D" });
        coach = await org.As("coach", "coach-anna");
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/time-out",
            new { reason = "Exams", returnBy = startsOn.AddDays(30) }));
        var programme = await coach.GetJson($"/api/v1/clients/{clientId}/programmes/{id}");
        Assert.Equal("paused", programme.GetProperty("status").GetString());
        var pausedFrom = startsOn.AddDays(8);
        Assert.Equal(pausedFrom.ToString("yyyy-MM-dd"), programme.GetProperty("pauses")[0].GetProperty("from").GetString());
        await (await coach.Post($"/api/v1/clients/{clientId}/programmes/{id}/reschedule", new { days = 14 }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "programme-not-running");

        await api.MoveClockAsync(new { advance = "P14D" });
        coach = await org.As("coach", "coach-anna");
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/resumption", new { }));
        var during = (await Diaries()).Where(d => d.On >= pausedFrom && d.On < pausedFrom.AddDays(14)).ToList();
        Assert.Equal(2, during.Count);
        Assert.All(during, d => Assert.Equal("paused", d.State));

        var etag = (await coach.GetAsync($"/api/v1/clients/{clientId}/programmes/{id}")).Headers.ETag!.Tag;
        var rescheduled = await api.AfterMessagesHandled(() => coach.Ok(HttpMethod.Post, $"/api/v1/clients/{clientId}/programmes/{id}/reschedule",
            new { days = 14 }));
        Assert.Equal("running", rescheduled.GetProperty("status").GetString());
        await (await coach.Post($"/api/v1/clients/{clientId}/programmes/{id}/reschedule", new { days = 1 }, ifMatch: etag))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");

        // Before the time-out nothing moved; from it on, every diary moved by two weeks, none left in the time-out.
        var after = await Diaries();
        Assert.Equal(diaries.Where(d => d.On < pausedFrom).Select(d => d.On), after.Where(d => d.On < pausedFrom).Select(d => d.On));
        Assert.Equal(diaries.Where(d => d.On >= pausedFrom).Select(d => d.On.AddDays(14)), after.Where(d => d.On >= pausedFrom).Select(d => d.On));
        Assert.DoesNotContain(after, d => d.State == "paused");
        Assert.Equal(["programme-started", "programme-paused", "programme-resumed", "programme-rescheduled"], await ProgrammeKinds());

        async Task<List<(DateOnly On, string State)>> Diaries() =>
            [.. (await coach.GetJson($"/api/v1/clients/{clientId}/calendar?from={startsOn:yyyy-MM-dd}&to={startsOn.AddDays(120):yyyy-MM-dd}"))
                .EnumerateArray().Select(d => (DateOnly.Parse(d.GetProperty("on").GetString()!), d.GetProperty("state").GetString()!))];

        async Task<IEnumerable<string?>> ProgrammeKinds() => (await coach.GetJson($"/api/v1/clients/{clientId}/journey")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "module_entry_recorded")
            .Select(e => e.GetProperty("payload").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Discharge_ends_the_programme_and_clears_the_calendar_after_it()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var programmeId = await coach.PublishedAsync();
        var started = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes",
            new { programmeId, themes = new[] { "exercise", "sleep", "recovery" } }));
        var id = started.GetProperty("clientProgrammeId").GetGuid();
        var startsOn = DateOnly.Parse(started.GetProperty("startsOn").GetString()!);

        await api.MoveClockAsync(new { advance = "P10D" });
        coach = await org.As("coach", "coach-anna");
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "moved", summary = "Moved to Tampere." }));

        var programme = await coach.GetJson($"/api/v1/clients/{clientId}/programmes/{id}");
        Assert.Equal("ended", programme.GetProperty("status").GetString());
        var endedOn = DateOnly.Parse(programme.GetProperty("endedOn").GetString()!);
        Assert.Equal(startsOn.AddDays(10), endedOn);
        var calendar = (await coach.GetJson($"/api/v1/clients/{clientId}/calendar?from={startsOn:yyyy-MM-dd}&to={startsOn.AddDays(90):yyyy-MM-dd}"))
            .EnumerateArray().ToList();
        Assert.All(calendar, d => Assert.True(DateOnly.Parse(d.GetProperty("on").GetString()!) <= endedOn));
        Assert.Equal(Enumerable.Range(0, 11).Count(i => startsOn.AddDays(i).DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday
            or DayOfWeek.Sunday or DayOfWeek.Saturday), calendar.Count);
        var client = await org.As("client", clientId.ToString());
        var any = calendar[0].GetProperty("activityId").GetGuid();
        await (await client.PostAsync($"/api/v1/clients/{clientId}/calendar/{any}/skip", System.Net.Http.Json.JsonContent.Create(new { })))
            .ShouldBeProblem(HttpStatusCode.Conflict, "programme-not-running");
        Assert.Contains("programme-ended", (await coach.GetJson($"/api/v1/clients/{clientId}/journey")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "module_entry_recorded").Select(e => e.GetProperty("payload").GetProperty("kind").GetString()));
    }
}
