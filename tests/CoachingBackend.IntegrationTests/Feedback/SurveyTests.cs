using System.Net;
using CoachingBackend.Courses.Contracts;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Feedback;

/// <summary>Surveys issued by a course completed, by a discharge and by hand; answered once; replied to by the responsible coach.</summary>
public sealed class SurveyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static CourseCompleted Completed(string tenant, Guid clientId, Guid enrolmentId) =>
        new(tenant, clientId, enrolmentId, Guid.CreateVersion7(), 1, "Sleep better in six weeks", DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_course_completed_twice_yields_exactly_one_end_of_course_survey_about_that_course()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var completed = Completed(org.Tenant, clientId, Guid.CreateVersion7());

        await api.CompleteCourseAsync(org.Tenant, completed);
        await api.CompleteCourseAsync(org.Tenant, completed);

        var survey = Assert.Single(await coach.SurveysAsync(clientId));
        Assert.Equal(("end-of-course", 1, "course-completed", "open"), (survey.GetProperty("template").GetString(),
            survey.GetProperty("templateVersion").GetInt32(), survey.GetProperty("trigger").GetString(), survey.GetProperty("status").GetString()));
        Assert.Equal(completed.CourseId, survey.GetProperty("aboutId").GetGuid());
        Assert.Equal("Sleep better in six weeks", survey.GetProperty("aboutTitle").GetString());
        var dueIn = survey.GetProperty("dueAt").GetDateTimeOffset() - survey.GetProperty("issuedAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromDays(14), dueIn);
        Assert.Equal(5, survey.GetProperty("items").GetArrayLength());
        var entry = Assert.Single((await org.JourneyAsync(clientId)).GetProperty("entries").EnumerateArray(),
            e => e.GetProperty("type").GetString() == "module_entry_recorded").GetProperty("payload");
        Assert.Equal(("feedback", "survey-issued"), (entry.GetProperty("module").GetString(), entry.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_discharge_as_completed_yields_an_end_of_service_survey_and_another_reason_none()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna", capacity: 10);
        var completedClient = await org.ActiveClientAsync(coach, coachId, "Aino");
        var movedClient = await org.ActiveClientAsync(coach, coachId, "Eino");

        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{completedClient}/discharge", new { reason = "completed", summary = "Met both goals." }));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{movedClient}/discharge", new { reason = "moved", summary = "Moved to Oulu." }));

        var survey = Assert.Single(await coach.SurveysAsync(completedClient));
        Assert.Equal(("end-of-service", "service-completed"), (survey.GetProperty("template").GetString(), survey.GetProperty("trigger").GetString()));
        Assert.Empty(await coach.SurveysAsync(movedClient));
    }

    [Fact]
    public async Task Automatic_surveys_switched_off_in_the_settings_are_not_sent()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var defaults = await org.Admin.GetJson("/api/v1/settings/feedback");
        Assert.Equal((true, true, 14, 7), (defaults.GetProperty("endOfCourseSurveys").GetBoolean(), defaults.GetProperty("endOfServiceSurveys").GetBoolean(),
            defaults.GetProperty("dueDays").GetInt32(), defaults.GetProperty("replyLateDays").GetInt32()));

        await org.Admin.Ok(HttpMethod.Put, "/api/v1/settings/feedback", new { endOfCourseSurveys = false, endOfServiceSurveys = false, dueDays = 10, replyLateDays = 3 });
        await api.CompleteCourseAsync(org.Tenant, Completed(org.Tenant, clientId, Guid.CreateVersion7()));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "completed", summary = "Done." }));

        Assert.Empty(await coach.SurveysAsync(clientId));
        var stale = await org.Admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/settings/feedback")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { endOfCourseSurveys = true, endOfServiceSurveys = true, dueDays = 14, replyLateDays = 7 }),
            Headers = { { "If-Match", "\"0\"" } },
        });
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");
    }

    [Fact]
    public async Task The_client_answers_once_the_responsible_coach_replies_and_the_awaiting_reply_list_shrinks()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var client = await org.As("client", clientId.ToString());
        var issued = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/surveys", new { template = "end-of-service" }));
        var surveyId = issued.GetProperty("surveyId").GetGuid();
        // The answer to issuing carries the questions, as the client's list does: an app can show them at once.
        var questions = issued.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.Equal(questions, (await client.GetJson($"/api/v1/clients/{clientId}/surveys")).GetProperty("items")[0]
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        Assert.NotEmpty(questions);

        var answered = await api.AfterMessagesHandled(() => client.PostOk($"/api/v1/surveys/{surveyId}/response", FeedbackSteps.Answers()));
        Assert.Equal("answered", answered.GetProperty("status").GetString());
        Assert.Equal(questions.Count, answered.GetProperty("items").GetArrayLength());
        var waiting = (await coach.GetJson("/api/v1/feedback/awaiting-reply")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(surveyId, Assert.Single(waiting).GetProperty("surveyId").GetGuid());
        Assert.Equal((0, false), (waiting[0].GetProperty("waitingDays").GetInt32(), waiting[0].GetProperty("isLate").GetBoolean()));

        await (await client.Post($"/api/v1/surveys/{surveyId}/response", FeedbackSteps.Answers()))
            .ShouldBeProblem(HttpStatusCode.Conflict, "survey-already-answered");
        var replied = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/surveys/{surveyId}/reply", new { text = "Thank you, Aino!" }));

        Assert.Equal("Thank you, Aino!", replied.GetProperty("reply").GetString());
        Assert.Empty((await coach.GetJson("/api/v1/feedback/awaiting-reply")).GetProperty("items").EnumerateArray());
        await (await coach.Post($"/api/v1/surveys/{surveyId}/reply", new { text = "Again" })).ShouldBeProblem(HttpStatusCode.Conflict, "survey-already-replied");
        var mine = Assert.Single(await client.SurveysAsync(clientId));
        Assert.Equal("The walks we planned.", mine.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("item").GetString() == "what-helped")
            .GetProperty("text").GetString());
        var kinds = (await org.JourneyAsync(clientId)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "module_entry_recorded").Select(e => e.GetProperty("payload").GetProperty("kind").GetString());
        Assert.Equal(["survey-issued", "survey-answered", "survey-replied"], kinds);
    }

    [Fact]
    public async Task Bad_answers_and_replies_are_refused_with_their_types_and_change_nothing()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna", capacity: 10);
        var (_, otherCoach) = await org.CoachAsync("coach-bert");
        var clientId = await org.ActiveClientAsync(coach, coachId, "Aino");
        var otherClientId = await org.ActiveClientAsync(coach, coachId, "Eino");
        var client = await org.As("client", clientId.ToString());
        var otherClient = await org.As("client", otherClientId.ToString());
        var surveyId = (await coach.PostOk($"/api/v1/clients/{clientId}/surveys", new { template = "end-of-service" })).GetProperty("surveyId").GetGuid();
        var url = $"/api/v1/surveys/{surveyId}/response";

        var missing = await (await client.Post(url, new { answers = new object[] { new { item = "rating", value = 4 } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(missing.GetProperty("errors").TryGetProperty("answers[judgement]", out _));
        await (await client.Post(url, FeedbackSteps.Answers(judgement: "great"))).ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-request");
        await (await client.Post(url, FeedbackSteps.Answers(rating: 6))).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        await (await client.Post(url, FeedbackSteps.Answers(recommend: 11))).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        await (await otherClient.Post(url, FeedbackSteps.Answers())).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await coach.Post($"/api/v1/surveys/{surveyId}/reply", new { text = "Too early" })).ShouldBeProblem(HttpStatusCode.Conflict, "survey-not-answered");
        await (await coach.Post($"/api/v1/clients/{clientId}/surveys", new { template = "end-of-service", version = 7 }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await coach.Post($"/api/v1/clients/{clientId}/surveys", new { template = "no-such-survey" })).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");

        Assert.Equal("open", Assert.Single(await client.SurveysAsync(clientId)).GetProperty("status").GetString());
        await api.AfterMessagesHandled(() => client.PostOk(url, FeedbackSteps.Answers()));
        await (await otherCoach.Post($"/api/v1/surveys/{surveyId}/reply", new { text = "Not mine" })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await otherCoach.GetAsync($"/api/v1/clients/{clientId}/surveys")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await otherCoach.Post($"/api/v1/clients/{clientId}/surveys", new { template = "after-meeting" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await otherCoach.GetAsync("/api/v1/feedback/awaiting-reply?coachUserId=coach-anna")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        Assert.Empty((await otherCoach.GetJson("/api/v1/feedback/awaiting-reply")).GetProperty("items").EnumerateArray());
        Assert.Single((await org.Admin.GetJson("/api/v1/feedback/awaiting-reply?coachUserId=coach-anna")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Another_organisation_finds_neither_the_client_nor_the_survey()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var surveyId = (await coach.PostOk($"/api/v1/clients/{clientId}/surveys", new { template = "after-meeting" })).GetProperty("surveyId").GetGuid();
        var elsewhere = await Organisation.StartAsync(api);
        var strangerClient = await elsewhere.As("client", clientId.ToString());

        await (await elsewhere.Admin.GetAsync($"/api/v1/clients/{clientId}/surveys")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await elsewhere.Admin.Post($"/api/v1/clients/{clientId}/surveys", new { template = "after-meeting" })).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await elsewhere.Admin.Post($"/api/v1/surveys/{surveyId}/reply", new { text = "Hi" })).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await strangerClient.Post($"/api/v1/surveys/{surveyId}/response", FeedbackSteps.Answers(recommend: null)))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Empty((await elsewhere.Admin.GetJson("/api/v1/feedback/awaiting-reply")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_organisation_publishes_its_own_versions_of_a_template_and_new_surveys_use_the_latest()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var items = new object[]
        {
            new { key = "judgement", kind = "judgement", prompt = "Overall, how was the meeting?", required = true },
            new { key = "what-next", kind = "text", prompt = "What would you like to try next?", required = true },
        };

        var published = await org.Admin.PostOk("/api/v1/survey-templates", new { key = "after-meeting", title = "After our meeting", items });
        Assert.Equal(2, published.GetProperty("number").GetInt32());
        var ownKey = await org.Admin.PostOk("/api/v1/survey-templates", new { key = "mid-way", title = "Half-way there", items });
        Assert.Equal(1, ownKey.GetProperty("number").GetInt32());
        await (await org.Admin.Post("/api/v1/survey-templates", new { key = "twice", title = "Two ratings", items = new object[]
        {
            new { key = "a", kind = "rating", prompt = "A?", required = true }, new { key = "b", kind = "rating", prompt = "B?", required = true },
        } })).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        var templates = (await coach.GetJson("/api/v1/survey-templates")).EnumerateArray().ToList();
        Assert.Equal(["after-meeting", "end-of-course", "end-of-service", "mid-way"], templates.Select(t => t.GetProperty("key").GetString()));
        Assert.Equal([1, 2], templates[0].GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
        var survey = await coach.PostOk($"/api/v1/clients/{clientId}/surveys", new { template = "after-meeting" });
        Assert.Equal(2, survey.GetProperty("templateVersion").GetInt32());
        var client = await org.As("client", clientId.ToString());
        var url = $"/api/v1/surveys/{survey.GetProperty("surveyId").GetGuid()}/response";
        await (await client.Post(url, new { answers = new object[] { new { item = "judgement", judgement = "undecided" } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        await api.AfterMessagesHandled(() => client.PostOk(url, new { answers = new object[]
        {
            new { item = "judgement", judgement = "undecided" }, new { item = "what-next", text = "Cycling" },
        } }));
        var older = await coach.PostOk($"/api/v1/clients/{clientId}/surveys", new { template = "after-meeting", version = 1 });
        Assert.Equal(1, older.GetProperty("templateVersion").GetInt32());
    }
}
