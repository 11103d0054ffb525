using System.Text.Json;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Enrollment.Clients;
using CoachingBackend.Enrollment.Clients.HearingActivity;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.IntegrationTests.Enrollment;
using CoachingBackend.IntegrationTests.Infrastructure;
using CoachingBackend.ReadinessAssessment.Contracts;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.IntegrationTests.Spine;

/// <summary>
/// Integration events are delivered at least once: every handler must give the same outcome when a message comes
/// again, and a decision that writes no event still publishes what it decided to publish.
/// </summary>
public sealed class RedeliveryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_redelivered_client_activity_changes_neither_the_activity_log_nor_the_journey()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var activatedAt = (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("service").GetProperty("activatedAt").GetDateTimeOffset();
        var activity = new ClientActivityObserved(org.Tenant, clientId, "WatchSynced", activatedAt.AddHours(2));

        await Deliver(org.Tenant, activity);
        var logOnce = await ActivityLog(org.Tenant, clientId);
        var journeyOnce = (await org.JourneyAsync(clientId)).Types();
        await Deliver(org.Tenant, activity);

        Assert.Equal(logOnce, await ActivityLog(org.Tenant, clientId));
        Assert.Equal(journeyOnce, (await org.JourneyAsync(clientId)).Types());
        Assert.Single(journeyOnce, t => t == "first_activity_noted");
    }

    [Fact]
    public async Task A_redelivered_readiness_result_is_recorded_in_the_journey_once()
    {
        var org = await Organisation.StartAsync(api);
        var clientId = await org.ReferAsync();
        var assessed = new ReadinessAssessed(org.Tenant, clientId, Guid.CreateVersion7(), "readiness-ruler", 1, "sleep", "high",
            ReadinessRecommendation.Proceed, "recommendation-v1", "why", "coach-anna", false, DateTimeOffset.UtcNow);

        await Deliver(org.Tenant, assessed);
        await Deliver(org.Tenant, assessed);

        var journey = await org.JourneyAsync(clientId);
        Assert.Equal(["client_referred", "readiness_result_recorded"], journey.Types());
        Assert.Equal("proceed", journey.GetProperty("entries")[1].GetProperty("payload").GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task A_decision_without_events_still_publishes_its_integration_events()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var activatedAt = (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("service").GetProperty("activatedAt").GetDateTimeOffset();

        await api.AfterMessagesHandled(async () =>
        {
            await using var scope = api.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestContext>().Set(org.Tenant, "wearable-gateway", ["client"], "sync-2", null);
            await scope.ServiceProvider.GetRequiredService<EventStreams>().Decide<ClientJourney>(clientId, null,
                (_, _) => Decision.None.Publishing(new WatchSynced(org.Tenant, clientId, activatedAt.AddHours(1), true)), CancellationToken.None);
        });

        var journey = await org.JourneyAsync(clientId);
        Assert.Equal("first_activity_noted", journey.Types().Last());
        Assert.Equal("sync-2", journey.GetProperty("entries").EnumerateArray().Last().GetProperty("correlationId").GetString());
    }

    /// <summary>Hands the message to its handler as a redelivery would: in the message's organisation, awaited.</summary>
    private async Task Deliver(string tenant, object message) =>
        await api.Services.GetRequiredService<IMessageBus>().InvokeForTenantAsync(tenant, message);

    private async Task<string> ActivityLog(string tenant, Guid clientId)
    {
        await using var session = api.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant);
        return JsonSerializer.Serialize(await session.LoadAsync<ClientActivityLog>(clientId), JsonDefaults.Options);
    }
}
