using System.Net;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Enrollment;

/// <summary>Time-driven follow-ups, driven by the dev clock. This class owns its host, so moving the clock disturbs no one.</summary>
public sealed class FollowUpTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_client_without_activity_a_month_after_activation_appears_on_the_coachs_list_and_is_followed_up()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var (benId, ben) = await org.CoachAsync("coach-ben");
        var passive = await org.ActiveClientAsync(coach, coachId, "Aino");
        var busy = await org.ActiveClientAsync(coach, coachId, "Pekka");
        var selfAssessed = await org.ActiveClientAsync(coach, coachId, "Liisa");
        // The application's clock, which the other test in this class may have moved.
        var now = (await MoveClock("PT0S")).GetProperty("now").GetDateTimeOffset();
        await coach.PostOk($"/api/v1/clients/{busy}/meetings", new { plannedAt = now, mode = "face-to-face", outcome = "held" });
        var liisaHerself = await org.As("client", selfAssessed.ToString());
        await api.AfterMessagesHandled(() => liisaHerself.PostOk($"/api/v1/clients/{selfAssessed}/readiness-assessments", Questionnaires.Ruler(7, 6, 7, "yes")));
        Assert.Equal(JsonValueKind.String, (await coach.GetJson($"/api/v1/clients/{selfAssessed}")).GetProperty("lastActivityAt").ValueKind);
        Assert.Empty(await OpenFollowUps(coach));

        await MoveClock("P31D");
        // Tokens are judged by the same clock: a month on, sign in again.
        (coach, ben) = (await org.As("coach", "coach-anna"), await org.As("coach", "coach-ben"));
        var admin = await org.As("org-admin", "admin-1");

        var followUp = await ScannedFollowUps(coach);
        Assert.Equal(passive, followUp.Single().GetProperty("clientId").GetGuid());
        Assert.Equal("passive-client", followUp.Single().GetProperty("kind").GetString());
        Assert.DoesNotContain(followUp, f => f.GetProperty("clientId").GetGuid() == busy);
        Assert.DoesNotContain(followUp, f => f.GetProperty("clientId").GetGuid() == selfAssessed);
        Assert.Empty(await OpenFollowUps(ben));
        Assert.Single(await OpenFollowUps(admin, $"?coachId={coachId}"));
        Assert.Single(await OpenFollowUps(admin)); // the whole organisation's
        Assert.Empty(await OpenFollowUps(admin, $"?coachId={benId}"));

        var id = followUp.Single().GetProperty("followUpId").GetGuid();
        await (await ben.Post($"/api/v1/follow-ups/{id}/completion", new { outcome = "contacted" })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await coach.PostOk($"/api/v1/follow-ups/{id}/completion", new { outcome = "contacted", note = "Called; she had flu. Restarting Monday." });

        Assert.Empty(await OpenFollowUps(coach));
        var journey = await admin.GetJson($"/api/v1/clients/{passive}/journey");
        Assert.Equal(["follow_up_raised", "follow_up_completed"], journey.Types().TakeLast(2));
        Assert.Equal("system:follow-ups", journey.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("type").GetString() == "follow_up_raised")
            .GetProperty("recordedBy").GetString());
        await (await coach.Post($"/api/v1/follow-ups/{id}/completion", new { outcome = "contacted" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "follow-up-already-completed");
    }

    [Fact]
    public async Task A_time_out_whose_return_by_date_passes_without_resumption_is_followed_up()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var now = (await MoveClock("PT0S")).GetProperty("now").GetDateTimeOffset();
        await coach.PostOk($"/api/v1/clients/{aino}/time-out", new { reason = "Wrong timing: exams", returnBy = DateOnly.FromDateTime(now.UtcDateTime.AddDays(10)) });

        await MoveClock("P12D");
        coach = await org.As("coach", "coach-anna");

        var followUps = await ScannedFollowUps(coach);
        Assert.Equal(aino, followUps.Single(f => f.GetProperty("kind").GetString() == "time-out-ended").GetProperty("clientId").GetGuid());
        Assert.Contains("follow_up_raised", (await coach.GetJson($"/api/v1/clients/{aino}/journey")).Types());
    }

    private Task<JsonElement> MoveClock(string advance) => api.MoveClockAsync(new { advance });

    private static async Task<List<JsonElement>> OpenFollowUps(HttpClient client, string query = "") =>
        (await client.GetJson($"/api/v1/follow-ups{query}")).GetProperty("items").EnumerateArray().ToList();

    /// <summary>Follow-ups are raised by a scan when the clock moves: run it now, then read them.</summary>
    private async Task<List<JsonElement>> ScannedFollowUps(HttpClient coach)
    {
        await api.RaiseDueFollowUpsAsync();
        return await OpenFollowUps(coach);
    }
}
