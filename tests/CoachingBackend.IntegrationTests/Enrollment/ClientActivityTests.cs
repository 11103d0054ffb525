using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.IntegrationTests.Enrollment;

/// <summary>An event from a module Enrollment has never heard of, marked as the client's own doing.</summary>
public sealed record WatchSynced(string TenantId, Guid ClientId, DateTimeOffset OccurredAt, bool IsClientsOwnDoing) : IClientActivity;

public sealed class ClientActivityTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Any_integration_event_marked_as_the_clients_own_doing_counts_as_activity()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var syncedAt = (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("service").GetProperty("activatedAt").GetDateTimeOffset().AddHours(1);

        // Published the way every module publishes: through the write path's outbox.
        await api.AfterMessagesHandled(async () =>
        {
            await using var scope = api.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestContext>().Set(org.Tenant, "wearable-gateway", ["client"], "sync-1", null);
            var streams = scope.ServiceProvider.GetRequiredService<EventStreams>();
            await streams.Decide(_ => Decision.None.Publishing(new WatchSynced(org.Tenant, clientId, syncedAt, true)), CancellationToken.None);
        });

        var journey = await org.JourneyAsync(clientId);
        Assert.Equal("first_activity_noted", journey.Types().Last());
        Assert.Equal("WatchSynced", journey.GetProperty("entries").EnumerateArray().Last().GetProperty("payload").GetProperty("source").GetString());
        Assert.Equal(syncedAt, (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("lastActivityAt").GetDateTimeOffset());
    }
}
