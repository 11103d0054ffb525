using System.Net;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Enrollment;

public sealed class JourneyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Activation_needs_an_intake_interview_a_coach_and_a_proceed_recommendation_or_a_reason()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ReferAsync();
        var activation = $"/api/v1/clients/{aino}/activation";

        await (await coach.Post(activation, new { })).ShouldBeProblem(HttpStatusCode.Conflict, "intake-interview-missing");
        await org.IntakeAsync(coach, aino);
        await (await coach.Post(activation, new { })).ShouldBeProblem(HttpStatusCode.Conflict, "responsible-coach-missing");
        await org.AssignAsync(coach, aino, coachId);
        var refused = await coach.Post(activation, new { });
        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "readiness-recommendation-not-proceed");
        Assert.Equal("referred", (await coach.GetJson($"/api/v1/clients/{aino}")).GetProperty("status").GetString());

        await coach.PostOk(activation, new { overrideReason = "Client is motivated; questionnaire to follow." });

        var client = await coach.GetJson($"/api/v1/clients/{aino}");
        Assert.Equal("active", client.GetProperty("status").GetString());
        Assert.Equal("Client is motivated; questionnaire to follow.", client.GetProperty("service").GetProperty("overrideReason").GetString());
        Assert.Equal("none", client.GetProperty("service").GetProperty("recommendationAtActivation").GetString());
    }

    [Fact]
    public async Task A_journey_from_referral_to_discharge_is_in_the_timeline_in_order_with_who_did_each_step()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        org.Admin.DefaultRequestHeaders.Add("X-Correlation-Id", "referral-desk");
        coach.DefaultRequestHeaders.Add("X-Correlation-Id", "coach-app");
        var aino = await org.ActiveClientAsync(coach, coachId);
        await coach.PostOk($"/api/v1/clients/{aino}/meetings", new { plannedAt = DateTimeOffset.UtcNow.AddHours(-2), mode = "remote", outcome = "held", notes = "Went through sleep diary." });
        await coach.PostOk($"/api/v1/clients/{aino}/time-out", new { reason = "Moving house", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)) });
        await coach.PostOk($"/api/v1/clients/{aino}/resumption", new { note = "Back and settled." });
        await coach.PostOk($"/api/v1/clients/{aino}/discharge", new { reason = "completed", summary = "Walks to work; sleeps better." });

        var journey = await org.JourneyAsync(aino);

        Assert.Equal(["client_referred", "intake_interview_held", "coach_assigned", "service_activated", "meeting_recorded",
            "time_out_started", "service_resumed", "client_discharged"], journey.Types());
        var entries = journey.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(v => (long)v), entries.Select(e => e.GetProperty("version").GetInt64()));
        Assert.Equal("admin-1", entries[0].GetProperty("recordedBy").GetString());
        Assert.All(entries.Skip(1), e => Assert.Equal("coach-anna", e.GetProperty("recordedBy").GetString()));
        Assert.Equal(["referral-desk", .. Enumerable.Repeat("coach-app", entries.Count - 1)], entries.Select(e => e.GetProperty("correlationId").GetString()));
        var client = await coach.GetJson($"/api/v1/clients/{aino}");
        Assert.Equal("discharged", client.GetProperty("status").GetString());
        Assert.Equal(0, (await org.Admin.GetJson($"/api/v1/coaches/{coachId}")).GetProperty("caseloadSize").GetInt32());
    }

    [Fact]
    public async Task Every_command_on_a_discharged_journey_is_refused_as_closed()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        await coach.PostOk($"/api/v1/clients/{aino}/discharge", new { reason = "dropped-out", summary = "Stopped answering." });
        var (otherCoach, _) = await org.CoachAsync("coach-ben");

        var refusals = new[]
        {
            await coach.Post($"/api/v1/clients/{aino}/intake-interview", Organisation.Interview(DateTimeOffset.UtcNow.AddHours(-1))),
            await coach.Post($"/api/v1/clients/{aino}/meetings", new { plannedAt = DateTimeOffset.UtcNow, mode = "remote", outcome = "missed" }),
            await org.PutCoach(org.Admin, aino, otherCoach),
            await coach.Post($"/api/v1/clients/{aino}/activation", new { overrideReason = "again" }),
            await coach.Post($"/api/v1/clients/{aino}/time-out", new { reason = "x", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(9)) }),
            await coach.Post($"/api/v1/clients/{aino}/resumption", new { }),
            await coach.Post($"/api/v1/clients/{aino}/discharge", new { reason = "other", summary = "again" }),
        };

        foreach (var refusal in refusals) await refusal.ShouldBeProblem(HttpStatusCode.Conflict, "journey-closed");
        Assert.Equal("client_discharged", (await org.JourneyAsync(aino)).Types().Last());
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_the_current_one_is_accepted()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var read = await coach.GetAsync($"/api/v1/clients/{aino}");
        var etag = read.Headers.ETag!.Tag;
        await coach.PostOk($"/api/v1/clients/{aino}/meetings", new { plannedAt = DateTimeOffset.UtcNow, mode = "remote", outcome = "held" });

        var stale = await coach.Post($"/api/v1/clients/{aino}/time-out", new { reason = "x", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(9)) }, ifMatch: etag);
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");

        var current = (await coach.GetAsync($"/api/v1/clients/{aino}")).Headers.ETag!.Tag;
        var accepted = await coach.Post($"/api/v1/clients/{aino}/time-out", new { reason = "x", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(9)) }, ifMatch: current);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal($"\"{long.Parse(current.Trim('"')) + 1}\"", accepted.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Commands_racing_on_one_journey_without_if_match_either_land_or_get_409_and_none_is_lost()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            coach.Post($"/api/v1/clients/{aino}/meetings", new { plannedAt = DateTimeOffset.UtcNow.AddMinutes(-i), mode = "remote", outcome = "held" })));

        // Without If-Match several may land one after another; at least the first to commit does.
        var accepted = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        Assert.InRange(accepted, 1, answers.Length);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
            await refused.ShouldBeProblem(HttpStatusCode.Conflict, "concurrent-change");
        Assert.Equal(accepted, (await org.JourneyAsync(aino)).Types().Count(t => t == "meeting_recorded"));
        // Each accepted answer names its own new version: none was lost or doubled.
        Assert.Equal(Enumerable.Range(5, accepted).Select(v => $"\"{v}\""),
            answers.Where(a => a.StatusCode == HttpStatusCode.OK).Select(a => a.Headers.ETag!.Tag).Order());
    }

    [Fact]
    public async Task Time_out_and_resumption_follow_the_service_state()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var referred = await org.ReferAsync("Pekka");
        await (await coach.Post($"/api/v1/clients/{referred}/time-out", new { reason = "x", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(9)) }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "client-not-active");
        var aino = await org.ActiveClientAsync(coach, coachId);
        await (await coach.Post($"/api/v1/clients/{aino}/resumption", new { })).ShouldBeProblem(HttpStatusCode.Conflict, "client-not-on-time-out");
        await (await coach.Post($"/api/v1/clients/{aino}/time-out", new { reason = "x", returnBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)) }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task As_of_a_past_moment_the_client_is_shown_as_they_were_then()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ReferAsync();
        await org.IntakeAsync(coach, aino);
        await org.AssignAsync(coach, aino, coachId);
        var beforeActivation = (await org.JourneyAsync(aino)).GetProperty("entries").EnumerateArray().Last().GetProperty("recordedAt").GetDateTimeOffset();
        await coach.PostOk($"/api/v1/clients/{aino}/activation", new { overrideReason = "On paper" });

        var then = await coach.GetJson($"/api/v1/clients/{aino}?asOf={Uri.EscapeDataString(beforeActivation.AddMilliseconds(1).ToString("O"))}");
        var now = await coach.GetJson($"/api/v1/clients/{aino}");

        Assert.Equal("referred", then.GetProperty("status").GetString());
        Assert.Equal(3, then.GetProperty("version").GetInt64());
        Assert.Equal("active", now.GetProperty("status").GetString());
        var beforeReferral = await coach.GetAsync($"/api/v1/clients/{aino}?asOf=2000-01-01T00:00:00Z");
        await beforeReferral.ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
    }
}
