using System.Net;
using System.Net.Http.Json;
using CoachingBackend.IntegrationTests.Infrastructure;

namespace CoachingBackend.IntegrationTests.Programs;

/// <summary>What a client was given does not change under them: material is pinned at the revision a version was shared with.</summary>
public sealed class MaterialPinningTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static object Tip(string body) => new
    {
        kind = "tip", title = "Wind down", body, themes = new[] { "sleep" }, language = "en", estimatedMinutes = 3,
    };

    private static object WithDiary(Guid materialId) => new
    {
        name = "Sleep better",
        description = "Four weeks of evenings.",
        lengthWeeks = 4,
        themes = new[] { "sleep" },
        activities = new[]
        {
            new { key = "wind-down", title = "Wind down", theme = "sleep", kind = "reading", when = new { week = 1, weekday = 3, untilWeek = 4 }, materialId },
        },
    };

    [Fact]
    public async Task A_material_revised_after_sharing_leaves_the_shared_version_and_the_clients_calendar_at_the_pinned_revision()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var materialId = (await coach.PostOk("/api/v1/materials", Tip("Dim the lights an hour before bed."))).GetProperty("materialId").GetGuid();
        var programmeId = await coach.PublishedAsync(WithDiary(materialId));
        await api.AfterMessagesHandled(() => coach.PostOk($"/api/v1/clients/{clientId}/programmes", new { programmeId, themes = new[] { "sleep" } }));

        await coach.Ok(HttpMethod.Put, $"/api/v1/materials/{materialId}", Tip("Put the phone away an hour before bed."));

        var pinned = (await coach.GetJson($"/api/v1/programmes/{programmeId}/versions/1")).GetProperty("activities")[0].GetProperty("material");
        Assert.Equal((materialId, 1), (pinned.GetProperty("materialId").GetGuid(), pinned.GetProperty("revision").GetInt32()));
        var client = await org.As("client", clientId.ToString());
        var day = (await client.GetJson($"/api/v1/clients/{clientId}/calendar")).EnumerateArray().First();
        Assert.Equal(1, day.GetProperty("material").GetProperty("revision").GetInt32());
        Assert.Equal("Dim the lights an hour before bed.",
            (await coach.GetJson($"/api/v1/materials/{materialId}/revisions/1")).GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_retired_material_item_is_refused_in_a_new_draft_but_stays_with_the_version_that_uses_it()
    {
        var org = await Organisation.StartAsync(api);
        var (_, coach) = await org.CoachAsync("coach-anna");
        var materialId = (await coach.PostOk("/api/v1/materials", Tip("Dim the lights."))).GetProperty("materialId").GetGuid();
        var programmeId = await coach.PublishedAsync(WithDiary(materialId));

        await coach.PostOk($"/api/v1/materials/{materialId}/retirement", new { });

        await (await coach.PostAsync("/api/v1/programmes", JsonContent.Create(WithDiary(materialId))))
            .ShouldBeProblem(HttpStatusCode.Conflict, "material-retired");
        var pinned = (await coach.GetJson($"/api/v1/programmes/{programmeId}/versions/1")).GetProperty("activities")[0].GetProperty("material");
        Assert.Equal("Wind down", pinned.GetProperty("title").GetString());
    }
}
