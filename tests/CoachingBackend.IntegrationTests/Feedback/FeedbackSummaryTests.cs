using System.Net;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Feedback;

/// <summary>The figures an organisation reports: exact percentages adding up to 100, NPS, response rate, small groups suppressed.</summary>
public sealed class FeedbackSummaryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Fifty_responses_of_a_known_distribution_give_the_pilots_percentages_nps_and_response_rate()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var client = await org.As("client", clientId.ToString());
        var course = Guid.CreateVersion7();
        var smallCourse = Guid.CreateVersion7();

        await api.AfterMessagesHandled(async () =>
        {
            // 55 surveys about the course, 50 answered: 45 positive, 4 undecided, 1 not relevant; ratings 40 × 5 and 10 × 3;
            // likelihoods 30 × 10, 10 × 8, 10 × 5. Three about a small course, all answered.
            for (var i = 0; i < 55; i++)
            {
                var survey = await Issue(coach, clientId, course, "Sleep better");
                if (i >= 50) continue;
                var judgement = i < 45 ? "positive" : i < 49 ? "undecided" : "not-relevant";
                await client.PostOk($"/api/v1/surveys/{survey}/response",
                    FeedbackSteps.Answers(judgement, rating: i < 40 ? 5 : 3, recommend: i < 30 ? 10 : i < 40 ? 8 : 5, helped: "Secret words"));
                if (i < 20) await coach.PostOk($"/api/v1/surveys/{survey}/reply", new { text = "Thanks!" });
            }
            for (var i = 0; i < 3; i++)
                await client.PostOk($"/api/v1/surveys/{await Issue(coach, clientId, smallCourse, "Move more")}/response", FeedbackSteps.Answers());
        }, seconds: 120);
        var analyst = await org.As("analyst", "analyst-1");

        var summary = await analyst.GetJson("/api/v1/feedback/summary?groupBy=course");

        var groups = summary.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetGuid());
        var big = groups[course];
        Assert.Equal(("Sleep better", 55, 50, 20, false), (big.GetProperty("label").GetString(), big.GetProperty("issued").GetInt32(),
            big.GetProperty("answered").GetInt32(), big.GetProperty("replied").GetInt32(), big.GetProperty("suppressed").GetBoolean()));
        var judgements = big.GetProperty("judgements");
        Assert.Equal([(45, 90), (4, 8), (1, 2)], new[] { "positive", "undecided", "notRelevant" }
            .Select(j => (judgements.GetProperty(j).GetProperty("count").GetInt32(), judgements.GetProperty(j).GetProperty("percent").GetInt32())));
        Assert.Equal(90.9, big.GetProperty("responseRate").GetDouble());
        Assert.Equal(4.6, big.GetProperty("meanRating").GetDouble());
        Assert.Equal(5, big.GetProperty("medianRating").GetDouble());
        Assert.Equal(40.0, big.GetProperty("nps").GetDouble()); // 60 % promoters − 20 % detractors
        Assert.Equal(40.0, big.GetProperty("replyRate").GetDouble());
        Assert.Equal(JsonValueKind.Number, big.GetProperty("medianReplyHours").ValueKind);
        var small = groups[smallCourse];
        Assert.Equal((3, 3, true), (small.GetProperty("issued").GetInt32(), small.GetProperty("answered").GetInt32(), small.GetProperty("suppressed").GetBoolean()));
        foreach (var hidden in new[] { "judgements", "responseRate", "meanRating", "medianRating", "nps", "replyRate" })
            Assert.Equal(JsonValueKind.Null, small.GetProperty(hidden).ValueKind);
        Assert.Equal(58, summary.GetProperty("total").GetProperty("issued").GetInt32());
        // Figures only: the client's words reach no summary, and an analyst cannot read the surveys themselves.
        Assert.DoesNotContain("Secret words", summary.GetRawText());
        await (await analyst.GetAsync($"/api/v1/clients/{clientId}/surveys")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var byCoach = await coach.GetJson("/api/v1/feedback/summary?groupBy=coach&template=end-of-course");
        Assert.Equal("coach-anna", Assert.Single(byCoach.GetProperty("groups").EnumerateArray()).GetProperty("key").GetString());
        var otherCoach = await org.As("coach", "coach-bert");
        Assert.Equal(0, (await otherCoach.GetJson("/api/v1/feedback/summary")).GetProperty("total").GetProperty("issued").GetInt32());
        var month = DateTimeOffset.UtcNow.ToString("yyyy-MM");
        Assert.Equal(month, Assert.Single((await org.Admin.GetJson("/api/v1/feedback/summary?groupBy=month")).GetProperty("groups").EnumerateArray())
            .GetProperty("key").GetString());
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
        Assert.Equal(0, (await org.Admin.GetJson($"/api/v1/feedback/summary?to={yesterday:yyyy-MM-dd}")).GetProperty("total").GetProperty("issued").GetInt32());
    }

    [Fact]
    public async Task A_summary_from_after_to_or_of_an_unknown_grouping_is_refused()
    {
        var org = await Organisation.StartAsync(api);

        await (await org.Admin.GetAsync("/api/v1/feedback/summary?from=2026-03-01&to=2026-02-01")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Admin.GetAsync("/api/v1/feedback/summary?groupBy=colour")).StatusCode);
    }

    private static async Task<Guid> Issue(HttpClient coach, Guid clientId, Guid courseId, string title) =>
        (await coach.PostOk($"/api/v1/clients/{clientId}/surveys",
            new { template = "end-of-course", about = new { kind = "course", id = courseId, title } })).GetProperty("surveyId").GetGuid();
}
