using System.Net;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.IntegrationTests.ReadinessAssessment;

public sealed class QuestionnaireTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_organisation_has_the_three_built_in_instruments()
    {
        var org = await Organisation.StartAsync(api);
        var client = await org.As("client");
        var list = await client.GetJson("/api/v1/questionnaires");
        Assert.Equal(["readiness-ruler", "stage-of-change", "urica"],
            list.EnumerateArray().Select(q => q.GetProperty("key").GetString()).Order());
    }

    [Fact]
    public async Task Urica_serves_32_items_answered_1_to_5_with_four_unscored_so_an_app_can_render_it()
    {
        var org = await Organisation.StartAsync(api);
        var urica = await (await org.As("client")).GetJson("/api/v1/questionnaires/urica");

        Assert.Equal(1, urica.GetProperty("version").GetInt32());
        var items = urica.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(32, items.Count);
        Assert.All(items, i =>
        {
            Assert.Equal("scale", i.GetProperty("answerType").GetString());
            Assert.Equal(1, i.GetProperty("min").GetInt32());
            Assert.Equal(5, i.GetProperty("max").GetInt32());
            Assert.True(i.GetProperty("required").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("text").GetString()));
            Assert.Equal(5, i.GetProperty("options").GetArrayLength());
        });
        Assert.Equal(Questionnaires.Unscored.Select(i => i.ToString()),
            items.Where(i => !i.GetProperty("scored").GetBoolean()).Select(i => i.GetProperty("id").GetString()));
        var resources = urica.GetProperty("resourcesQuestion");
        Assert.Equal("Do you have the time and energy for a change right now?", resources.GetProperty("text").GetString());
        Assert.Equal(["yes", "partly", "no"], resources.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task An_organisations_own_questionnaire_gets_a_new_version_each_time_and_old_versions_stay()
    {
        var org = await Organisation.StartAsync(api);
        object Definition(string title) => new
        {
            key = "wellbeing-check", title, description = "Short check", instructions = "Answer honestly", asksTargetBehaviour = false,
            items = new object[]
            {
                new { id = "energy", text = "How is your energy?", answerType = "scale", min = 0, max = 10, options = Array.Empty<object>(), required = true, scored = true },
                new { id = "support", text = "Do you have support?", answerType = "choice", options = new object[] { new { value = "yes", label = "Yes", score = 5 }, new { value = "no", label = "No", score = 0 } }, required = true, scored = true },
            },
            linear = new { weights = new Dictionary<string, decimal> { ["energy"] = 1m, ["support"] = 1m }, moderateFrom = 6, highFrom = 11 },
        };

        var first = await org.Admin.PostOk("/api/v1/questionnaires", Definition("Wellbeing check"));
        var second = await org.Admin.PostOk("/api/v1/questionnaires", Definition("Wellbeing check, revised"));

        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        var coach = await org.As("coach");
        Assert.Equal("Wellbeing check", (await coach.GetJson("/api/v1/questionnaires/wellbeing-check?version=1")).GetProperty("title").GetString());
        Assert.Equal("Wellbeing check, revised", (await coach.GetJson("/api/v1/questionnaires/wellbeing-check")).GetProperty("title").GetString());
        var otherOrganisation = await (await Organisation.StartAsync(api)).As("coach");
        await (await otherOrganisation.GetAsync("/api/v1/questionnaires/wellbeing-check")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");

        var clientId = await org.ReferAsync();
        var scored = await coach.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", new
        {
            questionnaire = "wellbeing-check", resources = "yes",
            answers = new object[] { new { itemId = "energy", value = 4 }, new { itemId = "support", value = "yes" } },
        });
        Assert.Equal(9m, scored.GetProperty("scores").GetProperty("score").GetDecimal()); // 4 + 5
        Assert.Equal("moderate", scored.GetProperty("level").GetString());
        Assert.Equal(2, scored.GetProperty("questionnaireVersion").GetInt32());
    }

    [Fact]
    public async Task A_questionnaire_that_breaks_the_rules_is_refused_with_its_fields_named()
    {
        var org = await Organisation.StartAsync(api);
        var refused = await org.Admin.Post("/api/v1/questionnaires", new { key = "urica", title = "", asksTargetBehaviour = false, items = Array.Empty<object>() });
        var problem = await refused.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("key", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("items", out _));
        await (await (await org.As("coach")).Post("/api/v1/questionnaires", new { key = "x" })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_version_below_1_is_refused_by_the_querys_validator_naming_the_version()
    {
        var coach = await api.ClientAs(Tenants.New(), "coach");
        var problem = await (await coach.GetAsync("/api/v1/questionnaires/urica?version=0"))
            .ShouldBeProblem(System.Net.HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["version"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await (await coach.GetAsync("/api/v1/questionnaires/urica?version=99")).ShouldBeProblem(System.Net.HttpStatusCode.NotFound, "not-found");
    }
}

public sealed class AnswersOfRecordTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_raw_answers_are_the_event_of_record_and_the_score_names_its_policies()
    {
        var org = await Organisation.StartAsync(api);
        var clientId = await org.ReferAsync();
        var result = await org.Admin.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.UricaSubmission(1, 5, 5, 5, "yes"));

        var store = api.Services.GetRequiredService<Marten.IDocumentStore>();
        await using var session = store.QuerySession(org.Tenant);
        var events = await session.Events.FetchStreamAsync(result.GetProperty("assessmentId").GetGuid());

        Assert.Equal(["readiness_answers_submitted", "readiness_scored"], events.Select(e => e.EventTypeName));
        var answers = System.Text.Json.JsonSerializer.SerializeToElement(events[0].Data, CoachingBackend.BuildingBlocks.Json.JsonDefaults.Options);
        Assert.Equal(32, answers.GetProperty("answers").GetArrayLength());
        Assert.Equal("5", answers.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("itemId").GetString() == "2").GetProperty("value").GetString());
        var scored = System.Text.Json.JsonSerializer.SerializeToElement(events[1].Data, CoachingBackend.BuildingBlocks.Json.JsonDefaults.Options);
        Assert.Equal("urica-cutoffs-v1", scored.GetProperty("scoringPolicy").GetString());
        Assert.Equal("recommendation-v1", scored.GetProperty("recommendationPolicy").GetString());
        Assert.Equal(14m, scored.GetProperty("scores").GetProperty("readiness").GetDecimal()); // 5 + 5 + 5 - 1
    }

    [Fact]
    public async Task A_bad_answer_is_named_by_the_items_own_id_as_published()
    {
        var org = await Organisation.StartAsync(api);
        await org.Admin.PostOk("/api/v1/questionnaires", new
        {
            key = "mood-check", title = "Mood", asksTargetBehaviour = false,
            items = new object[] { new { id = "Mood", text = "Mood today?", answerType = "scale", min = 1, max = 5, options = Array.Empty<object>(), required = true, scored = true } },
            linear = new { weights = new Dictionary<string, decimal> { ["Mood"] = 1m }, moderateFrom = 2, highFrom = 4 },
        });
        var clientId = await org.ReferAsync();

        var refused = await org.Admin.Post($"/api/v1/clients/{clientId}/readiness-assessments",
            new { questionnaire = "mood-check", resources = "yes", answers = new[] { new { itemId = "Mood", value = 9 } } });

        var problem = await refused.ShouldBeProblem(System.Net.HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["answers.Mood"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
