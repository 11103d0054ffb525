using CoachingBackend.Enrollment.FollowUps.Raising;
using System.Net;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.IntegrationTests.ReadinessAssessment;

public sealed class AssessmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<(Organisation Org, Guid CoachId, HttpClient Coach, Guid ClientId)> ReferredClient()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ReferAsync();
        return (org, coachId, coach, clientId);
    }

    [Fact]
    public async Task A_urica_submission_is_scored_exactly_and_recommended_by_the_published_rules()
    {
        var (_, _, coach, clientId) = await ReferredClient();

        // PC = 2, C = 4, A = 4, M = 3: R = 4 + 4 + 3 - 2 = 9, contemplation (8 < R <= 11), moderate; resources partly: proceed.
        var response = await coach.PostAsync($"/api/v1/clients/{clientId}/readiness-assessments",
            System.Net.Http.Json.JsonContent.Create(Questionnaires.UricaSubmission(pc: 2, c: 4, a: 4, m: 3, resources: "partly")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Body();
        Assert.Equal(9m, result.GetProperty("scores").GetProperty("readiness").GetDecimal());
        Assert.Equal(2m, result.GetProperty("scores").GetProperty("precontemplation").GetDecimal());
        Assert.Equal("contemplation", result.GetProperty("stage").GetString());
        Assert.Equal("moderate", result.GetProperty("level").GetString());
        Assert.Equal("proceed", result.GetProperty("recommendation").GetString());
        Assert.Equal("urica-cutoffs-v1", result.GetProperty("scoringPolicy").GetString());
        Assert.Equal("recommendation-v1", result.GetProperty("recommendationPolicy").GetString());
        Assert.Equal(1, result.GetProperty("questionnaireVersion").GetInt32());
        Assert.EndsWith($"/readiness-assessments/{result.GetProperty("assessmentId").GetGuid()}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Missing_and_out_of_range_answers_are_refused_naming_each_item_and_nothing_is_stored()
    {
        var (org, _, coach, clientId) = await ReferredClient();
        var answers = Questionnaires.Urica(3, 3, 3, 3).ToList();
        answers.RemoveAt(6); // item 7 missing
        answers[0] = new { itemId = "1", value = 6 };
        answers[1] = new { itemId = "2", value = 0 };
        answers.Add(new { itemId = "99", value = 3 });

        var refused = await coach.Post($"/api/v1/clients/{clientId}/readiness-assessments",
            new { questionnaire = "urica", targetBehaviour = "eating", resources = "yes", answers });

        var problem = await refused.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(["answers.1", "answers.2", "answers.7", "answers.99"], fields.Order());
        Assert.Equal(0, (await org.Admin.GetJson($"/api/v1/clients/{clientId}/readiness-assessments")).GetProperty("assessments").GetArrayLength());
        Assert.DoesNotContain("readiness_result_recorded", (await org.JourneyAsync(clientId)).Types());
    }

    [Fact]
    public async Task A_proceed_recommendation_opens_the_activation_gate_and_appears_in_the_journey()
    {
        var (org, coachId, coach, clientId) = await ReferredClient();
        await org.IntakeAsync(coach, clientId);
        await org.AssignAsync(coach, clientId, coachId);
        var messages = await api.Tracked(() => coach.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(8, 6, 7, "yes")));

        Assert.Equal("proceed", (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("latestReadiness").GetProperty("recommendation").GetString());
        await coach.PostOk($"/api/v1/clients/{clientId}/activation", new { });

        var client = await coach.GetJson($"/api/v1/clients/{clientId}");
        Assert.Equal("active", client.GetProperty("status").GetString());
        Assert.Equal("proceed", client.GetProperty("service").GetProperty("recommendationAtActivation").GetString());
        var journey = await org.JourneyAsync(clientId);
        var recorded = journey.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "readiness_result_recorded");
        Assert.Equal("coach-anna", recorded.GetProperty("recordedBy").GetString());
        // Caused by the ReadinessAssessed message that Enrollment handled.
        var assessed = messages.Executed.Envelopes().Where(e => e.Message is CoachingBackend.ReadinessAssessment.Contracts.ReadinessAssessed)
            .Select(e => e.Id.ToString()).ToList();
        Assert.Contains(recorded.GetProperty("causationId").GetString(), assessed);
    }

    [Fact]
    public async Task A_time_out_recommendation_keeps_the_gate_shut_without_a_reason_and_shows_on_the_client()
    {
        var (org, coachId, coach, clientId) = await ReferredClient();
        await org.IntakeAsync(coach, clientId);
        await org.AssignAsync(coach, clientId, coachId);
        var ainoHerself = await org.As("client", clientId.ToString());

        // Ruler readiness 2 is low; no resources: time-out.
        var result = await api.AfterMessagesHandled(() => ainoHerself.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(5, 2, 2, "no")));
        Assert.Equal("time-out", result.GetProperty("recommendation").GetString());
        Assert.True(result.GetProperty("submittedByClient").GetBoolean());

        var client = await coach.GetJson($"/api/v1/clients/{clientId}");
        Assert.Equal("time-out", client.GetProperty("latestReadiness").GetProperty("recommendation").GetString());
        await (await coach.Post($"/api/v1/clients/{clientId}/activation", new { }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "readiness-recommendation-not-proceed");
        await coach.PostOk($"/api/v1/clients/{clientId}/activation", new { overrideReason = "Discussed: she wants to start despite the exams." });
        Assert.Equal("time-out", (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("service").GetProperty("recommendationAtActivation").GetString());
    }

    [Fact]
    public async Task The_history_shows_the_trend_against_the_previous_assessment_of_the_same_kind()
    {
        var (org, _, coach, clientId) = await ReferredClient();
        await coach.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(6, 3, 3, "partly"));
        await coach.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(9, 5, 7, "yes", behaviour: "exercise"));
        await coach.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(8, 6, 6, "yes"));

        var history = (await org.Admin.GetJson($"/api/v1/clients/{clientId}/readiness-assessments")).GetProperty("assessments").EnumerateArray().ToList();

        Assert.Equal(3, history.Count);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, history[0].GetProperty("trend").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, history[1].GetProperty("trend").ValueKind); // other behaviour
        var trend = history[2].GetProperty("trend");
        Assert.Equal(history[0].GetProperty("assessmentId").GetGuid(), trend.GetProperty("previousAssessmentId").GetGuid());
        Assert.Equal("low", trend.GetProperty("previousLevel").GetString());
        Assert.Equal("up", trend.GetProperty("levelChange").GetString());
        Assert.Equal(3m, trend.GetProperty("scoreChanges").GetProperty("readiness").GetDecimal());
    }

    [Fact]
    public async Task Assessments_are_for_the_client_their_coach_and_org_admin_only()
    {
        var (org, coachId, coach, clientId) = await ReferredClient();
        await org.AssignAsync(coach, clientId, coachId);
        var ben = await org.As("coach", "coach-ben");
        await (await ben.GetAsync($"/api/v1/clients/{clientId}/readiness-assessments")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var someoneElse = await org.As("client", Guid.NewGuid().ToString());
        var referrer = await org.As("referrer");
        var otherOrganisation = await (await Organisation.StartAsync(api)).As("org-admin");
        var submission = Questionnaires.Ruler(5, 5, 5, "yes");

        await (await ben.Post($"/api/v1/clients/{clientId}/readiness-assessments", submission)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await someoneElse.GetAsync($"/api/v1/clients/{clientId}/readiness-assessments")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await referrer.Post($"/api/v1/clients/{clientId}/readiness-assessments", submission)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await otherOrganisation.Post($"/api/v1/clients/{clientId}/readiness-assessments", submission)).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, (await coach.GetJson($"/api/v1/clients/{clientId}/readiness-assessments")).GetProperty("assessments").GetArrayLength());
    }

    [Fact]
    public async Task A_submission_by_the_client_counts_as_activity_and_spares_a_passive_follow_up()
    {
        var (org, coachId, coach, clientId) = await ReferredClient();
        await org.IntakeAsync(coach, clientId);
        await org.AssignAsync(coach, clientId, coachId);
        await coach.PostOk($"/api/v1/clients/{clientId}/activation", new { overrideReason = "Paper form" });
        var herself = await org.As("client", clientId.ToString());

        var submitted = await api.AfterMessagesHandled(() => herself.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(7, 7, 7, "yes")));

        var client = await coach.GetJson($"/api/v1/clients/{clientId}");
        Assert.Equal(submitted.GetProperty("submittedAt").GetDateTimeOffset(), client.GetProperty("lastActivityAt").GetDateTimeOffset());

        // And so no passive follow-up falls due when the month since activation is over.
        var store = api.Services.GetRequiredService<Marten.IDocumentStore>();
        await using var session = store.LightweightSession(org.Tenant);
        Assert.Null((await session.LoadAsync<CoachingBackend.Enrollment.Clients.ClientRecord>(clientId))!.PassiveCheckDueAt);
        var journey = (await session.Events.FetchForWriting<CoachingBackend.Enrollment.Clients.ClientJourney>(clientId)).Aggregate!;
        var monthLater = client.GetProperty("service").GetProperty("activatedAt").GetDateTimeOffset().AddDays(31);
        var scan = new CoachingBackend.BuildingBlocks.Identity.RequestContext();
        scan.Set(org.Tenant, "system:follow-ups", [], "test-scan", null);
        Assert.DoesNotContain(DueFollowUps.Decide(journey, new CoachingBackend.BuildingBlocks.EventSourcing.CommandContext(scan, monthLater)).Events,
            e => e is FollowUpRaised { Kind: CoachingBackend.Enrollment.FollowUps.FollowUpKind.PassiveClient });
    }
}

public sealed class AssessmentEdgeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("more-than-6-months", "maintenance", "high")]
    [InlineData("less-than-6-months", "action", "high")]
    [InlineData("within-30-days", "preparation", "moderate")]
    [InlineData("within-6-months", "contemplation", "moderate")]
    [InlineData("not-within-6-months", "precontemplation", "low")]
    public async Task Each_stage_of_change_answer_gives_its_stage(string answer, string stage, string level)
    {
        var org = await Organisation.StartAsync(api);
        var clientId = await org.ReferAsync();

        var result = await org.Admin.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", new
        {
            questionnaire = "stage-of-change", targetBehaviour = "recovery", resources = "partly",
            answers = new[] { new { itemId = "stage", value = answer } },
        });

        Assert.Equal(stage, result.GetProperty("stage").GetString());
        Assert.Equal(level, result.GetProperty("level").GetString());
    }

    [Fact]
    public async Task A_discuss_recommendation_needs_an_override_to_activate()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ReferAsync();
        await org.IntakeAsync(coach, clientId);
        await org.AssignAsync(coach, clientId, coachId);

        // High readiness but no time or energy: the signals disagree, so discuss.
        var result = await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(9, 9, 9, "no")));
        Assert.Equal("discuss", result.GetProperty("recommendation").GetString());
        Assert.Equal("discuss", (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("latestReadiness").GetProperty("recommendation").GetString());

        await (await coach.Post($"/api/v1/clients/{clientId}/activation", new { })).ShouldBeProblem(HttpStatusCode.Conflict, "readiness-recommendation-not-proceed");
    }

    [Fact]
    public async Task A_questionnaire_about_a_behaviour_needs_the_behaviour_and_an_unknown_questionnaire_is_named()
    {
        var org = await Organisation.StartAsync(api);
        var clientId = await org.ReferAsync();

        var noBehaviour = await org.Admin.Post($"/api/v1/clients/{clientId}/readiness-assessments",
            new { questionnaire = "readiness-ruler", resources = "yes", answers = new[] { new { itemId = "readiness", value = 5 } } });
        Assert.True((await noBehaviour.ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).GetProperty("errors").TryGetProperty("targetBehaviour", out _));

        var unknown = await org.Admin.Post($"/api/v1/clients/{clientId}/readiness-assessments",
            new { questionnaire = "mood-2000", resources = "yes", answers = new[] { new { itemId = "x", value = 1 } } });
        Assert.True((await unknown.ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).GetProperty("errors").TryGetProperty("questionnaire", out _));
    }

    [Fact]
    public async Task A_null_answer_or_a_weight_that_could_overflow_is_a_400_not_a_server_error()
    {
        var org = await Organisation.StartAsync(api);
        var clientId = await org.ReferAsync();

        var nullAnswer = await org.Admin.Post($"/api/v1/clients/{clientId}/readiness-assessments",
            new { questionnaire = "readiness-ruler", targetBehaviour = "sleep", resources = "yes", answers = new object?[] { null } });
        await nullAnswer.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        var huge = await org.Admin.Post("/api/v1/questionnaires", new
        {
            key = "huge", title = "Huge", asksTargetBehaviour = false,
            items = new[] { new { id = "a", text = "A?", answerType = "scale", min = 0, max = 2147483647, options = Array.Empty<object>(), required = true, scored = true } },
            linear = new { weights = new Dictionary<string, decimal> { ["a"] = 79000000000000000000000000000m }, moderateFrom = 1, highFrom = 2 },
        });
        var problem = await huge.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("linear.weights.a", out _));
    }
}
