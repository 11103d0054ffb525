using System.Net;
using CoachingBackend.IntegrationTests.Infrastructure;

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
        await Eventually.KnownToReadiness(org.Admin, clientId);
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
}
