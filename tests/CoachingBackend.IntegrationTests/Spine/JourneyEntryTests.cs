using CoachingBackend.BuildingBlocks.EventSourcing;
using CoachingBackend.BuildingBlocks.Identity;
using CoachingBackend.Enrollment.Contracts;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.IntegrationTests.Spine;

/// <summary>
/// Every module reaches the client's journey the same way: it publishes <see cref="JourneyEntryContributed"/> from its
/// own write path, and Enrollment records it, in order, once, with a reference to where the full record lives.
/// </summary>
public sealed class JourneyEntryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_modules_entry_reaches_the_journey_with_its_summary_and_source_and_counts_as_the_clients_activity()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        var activatedAt = (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("service").GetProperty("activatedAt").GetDateTimeOffset();
        var source = Guid.CreateVersion7();
        var entry = new JourneyEntryContributed(org.Tenant, clientId, "programs", "entry-recorded", "Walked 30 minutes; mood 4 of 5.",
            source, 3, activatedAt.AddHours(2), IsClientsOwnDoing: true);

        await api.AfterMessagesHandled(() => Publish(org.Tenant, entry));

        var last = (await org.JourneyAsync(clientId)).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == "module_entry_recorded");
        var payload = last.GetProperty("payload");
        Assert.Equal(("programs", "entry-recorded", "Walked 30 minutes; mood 4 of 5.", source, 3L),
            (payload.GetProperty("module").GetString(), payload.GetProperty("kind").GetString(), payload.GetProperty("summary").GetString(),
                payload.GetProperty("sourceStream").GetGuid(), payload.GetProperty("sourceVersion").GetInt64()));
        Assert.Equal("system:programs", last.GetProperty("recordedBy").GetString());
        Assert.Equal("module-7", last.GetProperty("correlationId").GetString());
        Assert.Equal(activatedAt.AddHours(2), (await coach.GetJson($"/api/v1/clients/{clientId}")).GetProperty("lastActivityAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_redelivered_entry_is_recorded_once_and_entries_still_arrive_after_a_discharge()
    {
        var org = await Organisation.StartAsync(api);
        var (coachId, coach) = await org.CoachAsync("coach-anna");
        var clientId = await org.ActiveClientAsync(coach, coachId);
        await coach.PostOk($"/api/v1/clients/{clientId}/discharge", new { reason = "completed", summary = "Reached her goals." });
        var survey = new JourneyEntryContributed(org.Tenant, clientId, "feedback", "end-of-service-survey-answered",
            "Answered the end-of-service survey.", Guid.CreateVersion7(), 1, DateTimeOffset.UtcNow, IsClientsOwnDoing: true);

        var bus = api.Services.GetRequiredService<IMessageBus>();
        await bus.InvokeForTenantAsync(org.Tenant, survey);
        await bus.InvokeForTenantAsync(org.Tenant, survey);

        var types = (await org.JourneyAsync(clientId)).Types();
        Assert.Equal("module_entry_recorded", types.Last());
        Assert.Single(types, t => t == "module_entry_recorded");
    }

    /// <summary>Published the way every module publishes: through its write path's outbox.</summary>
    private async Task Publish(string tenant, object integrationEvent)
    {
        await using var scope = api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(tenant, "client-app", ["client"], "module-7", null);
        await scope.ServiceProvider.GetRequiredService<EventStreams>().Decide(_ => Decision.None.Publishing(integrationEvent), CancellationToken.None);
    }
}
