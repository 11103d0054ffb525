using System.Net;
using System.Text.Json;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingBackend.IntegrationTests.Enrollment;

public sealed class EdgeCaseTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_token_without_an_expiry_is_refused()
    {
        var token = SignedTokens.For(Tenants.New(), "org-admin", expires: null);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        await (await client.GetAsync("/api/v1/settings/enrollment")).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Registering_the_same_coach_at_once_from_two_places_makes_one_coach()
    {
        var org = await Organisation.StartAsync(api);
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => org.Admin.Post("/api/v1/coaches", new { name = "Anna", userId = "coach-twin" })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, (await org.Admin.GetJson("/api/v1/coaches")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_coach_may_not_discharge_a_client_from_the_intake_pool()
    {
        var org = await Organisation.StartAsync(api);
        var (_, coach) = await org.CoachAsync("coach-anna");
        var pooled = await org.ReferAsync();
        await (await coach.Post($"/api/v1/clients/{pooled}/discharge", new { reason = "other", summary = "not mine" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await org.Admin.PostOk($"/api/v1/clients/{pooled}/discharge", new { reason = "moved", summary = "Moved to Tampere." });
    }

    [Fact]
    public async Task Impossible_dates_and_empty_entries_are_refused_not_stored()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);

        await (await coach.Post($"/api/v1/clients/{aino}/meetings", new { plannedAt = DateTimeOffset.UtcNow.AddDays(3), mode = "remote", outcome = "held" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        await (await coach.Post($"/api/v1/clients/{aino}/time-out", new { reason = "x", returnBy = "9999-12-31" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        var interview = JsonSerializer.SerializeToNode(Organisation.Interview(DateTimeOffset.UtcNow.AddHours(-1)))!;
        interview["needs"] = new System.Text.Json.Nodes.JsonArray((System.Text.Json.Nodes.JsonNode?)null);
        await (await coach.Post($"/api/v1/clients/{aino}/intake-interview", interview)).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(4, (await coach.GetJson($"/api/v1/clients/{aino}")).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task As_of_accepts_any_offset()
    {
        var org = await Organisation.StartAsync(api);
        var aino = await org.ReferAsync();
        var later = DateTimeOffset.UtcNow.AddMinutes(5).ToOffset(TimeSpan.FromHours(2)).ToString("O");
        var then = await org.Admin.GetJson($"/api/v1/clients/{aino}?asOf={Uri.EscapeDataString(later)}");
        Assert.Equal("referred", then.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_follow_up_moves_with_its_client_to_the_new_coach()
    {
        var org = await Organisation.StartAsync(api);
        var (annaId, anna) = await org.CoachAsync("coach-anna");
        var (benId, ben) = await org.CoachAsync("coach-ben");
        var aino = await org.ActiveClientAsync(anna, annaId);
        await RaiseFollowUp(org, aino);
        var raised = Assert.Single((await anna.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray());
        Assert.Empty((await ben.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray());

        await org.AssignAsync(org.Admin, aino, benId);

        var moved = Assert.Single((await ben.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray());
        Assert.Equal(raised.GetProperty("followUpId").GetGuid(), moved.GetProperty("followUpId").GetGuid());
        Assert.Equal(aino, moved.GetProperty("clientId").GetGuid());
        Assert.Empty((await anna.GetJson("/api/v1/follow-ups")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Every_activity_moves_the_clients_last_activity_on()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var aino = await org.ActiveClientAsync(coach, coachId);
        var activatedAt = (await coach.GetJson($"/api/v1/clients/{aino}")).GetProperty("service").GetProperty("activatedAt").GetDateTimeOffset();

        await Publish(org.Tenant, new WatchSynced(org.Tenant, aino, activatedAt.AddHours(1), true));
        await Publish(org.Tenant, new WatchSynced(org.Tenant, aino, activatedAt.AddHours(5), true));

        Assert.Equal(activatedAt.AddHours(5), (await coach.GetJson($"/api/v1/clients/{aino}")).GetProperty("lastActivityAt").GetDateTimeOffset());
        Assert.Single((await org.JourneyAsync(aino)).Types(), t => t == "first_activity_noted");
    }

    /// <summary>Publishes as a module would, through the outbox, and returns once Enrollment has handled it.</summary>
    private Task Publish(string tenant, object integrationEvent) => api.AfterMessagesHandled(async () =>
    {
        await using var scope = api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(tenant, "gateway", ["client"], "test-publish-1", null);
        await scope.ServiceProvider.GetRequiredService<EventStreams>().Decide(_ => Decision.None.Publishing(integrationEvent), CancellationToken.None);
    });

    /// <summary>A passive follow-up raised straight through the scanner's decider, without moving this host's clock.</summary>
    private async Task RaiseFollowUp(Organisation org, Guid clientId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(org.Tenant, "system:follow-ups", [], "test-follow-up-1", null);
        var streams = scope.ServiceProvider.GetRequiredService<EventStreams>();
        var inAMonth = streams.Context with { Now = DateTimeOffset.UtcNow.AddDays(31) };
        await streams.Decide<CoachingBackend.Enrollment.Clients.ClientJourney>(clientId, null,
            (journey, _) => CoachingBackend.Enrollment.FollowUps.Raising.DueFollowUps.Decide(journey, inAMonth), CancellationToken.None);
    }
}
