using System.Net;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.Feedback.Surveys.Deadlines;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachingBackend.IntegrationTests.Feedback;

/// <summary>
/// What the clock brings to surveys: a late reply becomes the coach's follow-up in Enrollment, an unanswered survey
/// expires. This class owns its host (it moves the clock) and runs the scan itself after each move.
/// </summary>
public sealed class SurveyDeadlineTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private SurveyDeadlineScanner Scanner => api.Services.GetServices<IHostedService>().OfType<SurveyDeadlineScanner>().Single();

    /// <summary>
    /// Moves the clock and scans, inside one tracked session: the background scan the move sets off publishes within it
    /// too, so whichever scan records a deadline, its messages are handled before the test reads.
    /// </summary>
    private Task MoveClockAndScanAsync(string advance) => api.AfterMessagesHandled(async () =>
    {
        await api.MoveClockAsync(new { advance });
        while (!await Scanner.ScanExclusivelyAsync(CancellationToken.None)) await Task.Delay(100);
    });

    private Task ScanAsync() => api.AfterMessagesHandled(async () =>
    {
        while (!await Scanner.ScanExclusivelyAsync(CancellationToken.None)) await Task.Delay(100);
    });

    [Fact]
    public async Task A_response_left_without_a_reply_for_seven_days_raises_one_follow_up_for_the_coach_even_after_discharge()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "completed", summary = "Met both goals." }));
        var client = await org.As("client", clientId.ToString());
        var surveyId = Assert.Single(await client.SurveysAsync(clientId)).GetProperty("surveyId").GetGuid();
        var answered = await api.AfterMessagesHandled(() => client.PostOk($"/api/v1/surveys/{surveyId}/response", FeedbackSteps.Answers()));

        await MoveClockAndScanAsync("P8D");
        await ScanAsync();
        var replyDueBy = answered.GetProperty("answeredAt").GetDateTimeOffset().AddDays(7);
        await api.PublishAsync(org.Tenant, new FollowUpRequested(org.Tenant, clientId, "feedback", FollowUpRequested.FeedbackReplyOverdue,
            "Redelivered", replyDueBy, surveyId, 3));

        coach = await org.As("coach", "coach-anna");
        var followUps = (await coach.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("clientId").GetGuid() == clientId).ToList();
        var followUp = Assert.Single(followUps);
        Assert.Equal("feedback-reply-overdue", followUp.GetProperty("kind").GetString());
        Assert.Equal(replyDueBy, followUp.GetProperty("dueSince").GetDateTimeOffset());
        Assert.EndsWith("still awaits your reply.", followUp.GetProperty("reason").GetString()); // the scan's, not the redelivery's
        var waiting = Assert.Single((await coach.GetJson("/api/v1/feedback/awaiting-reply")).GetProperty("items").EnumerateArray());
        Assert.Equal((8, true), (waiting.GetProperty("waitingDays").GetInt32(), waiting.GetProperty("isLate").GetBoolean()));

        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/surveys/{surveyId}/reply", new { text = "Sorry for the wait, and thank you!" }));
        await coach.PostOk($"/api/v1/follow-ups/{followUp.GetProperty("followUpId").GetGuid()}/completion", new { outcome = "contacted" });

        Assert.Empty((await coach.GetJson("/api/v1/feedback/awaiting-reply")).GetProperty("items").EnumerateArray());
        Assert.DoesNotContain((await coach.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray(),
            f => f.GetProperty("clientId").GetGuid() == clientId);
    }

    [Fact]
    public async Task A_survey_unanswered_past_its_due_date_expires_into_the_journey_and_refuses_a_late_answer()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var surveyId = (await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/surveys", new { template = "after-meeting" })))
            .GetProperty("surveyId").GetGuid();

        await MoveClockAndScanAsync("P15D");

        var client = await org.As("client", clientId.ToString());
        Assert.Equal("expired", Assert.Single(await client.SurveysAsync(clientId)).GetProperty("status").GetString());
        await (await client.Post($"/api/v1/surveys/{surveyId}/response", FeedbackSteps.Answers(recommend: null)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "survey-expired");
        var kinds = (await client.GetJson($"/api/v1/clients/{clientId}/journey")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "module_entry_recorded").Select(e => e.GetProperty("payload").GetProperty("kind").GetString());
        Assert.Equal(["survey-issued", "survey-expired"], kinds);
    }
}
