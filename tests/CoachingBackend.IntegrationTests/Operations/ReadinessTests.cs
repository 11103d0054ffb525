using System.Net;
using System.Text.Json;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;
using Wolverine.Transports;
using ProjectionCoordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace CoachingBackend.IntegrationTests.Operations;

/// <summary>
/// Ready means the node handles messages and its projections run. These tests stop parts of their own host, so the
/// class owns it and no other test shares it.
/// </summary>
public sealed class ReadinessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Ready_answers_503_while_the_projection_daemon_is_stopped_and_200_once_it_runs_again()
    {
        await Ready(HttpStatusCode.OK);
        var coordinator = api.Services.GetRequiredService<ProjectionCoordinator>();

        await coordinator.PauseAsync();
        try
        {
            var body = await Ready(HttpStatusCode.ServiceUnavailable);
            Assert.Contains("projection", Check(body, "wolverine-and-projections").GetProperty("description").GetString());
        }
        finally
        {
            await coordinator.ResumeAsync();
        }

        await Ready(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_answers_503_while_a_message_queue_is_stopped_and_200_once_it_listens_again()
    {
        await Ready(HttpStatusCode.OK);
        var runtime = api.Services.GetRequiredService<IWolverineRuntime>();
        var queue = runtime.Endpoints.ActiveSendingAgents().OfType<IListenerCircuit>()
            .First(q => q.Endpoint.Uri.Scheme == "local" && q.Status == ListeningStatus.Accepting);

        await queue.PauseAsync(TimeSpan.FromMinutes(10));
        try
        {
            var body = await Ready(HttpStatusCode.ServiceUnavailable);
            Assert.Contains(queue.Endpoint.Uri.ToString(), Check(body, "wolverine-and-projections").GetProperty("description").GetString());
        }
        finally
        {
            await queue.StartAsync();
        }

        await Ready(HttpStatusCode.OK);
    }

    private async Task<JsonElement> Ready(HttpStatusCode expected)
    {
        var client = api.CreateClient();
        var (status, body) = await Eventually.Until(async () =>
            {
                var response = await client.GetAsync("/health/ready");
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }, r => r.StatusCode == expected, $"/health/ready answering {(int)expected}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static JsonElement Check(JsonElement body, string name) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
