using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CoachingBackend.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CoachingBackend.IntegrationTests.Operations;

/// <summary>A host whose finished spans are kept in memory, as an OTLP collector would receive them.</summary>
public sealed class TracedApiFactory : ApiFactory
{
    public ConcurrentQueue<Activity> Spans { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(new SpanList(Spans)));

    /// <summary>The exporter wants an ICollection; a queue takes spans from several threads at once.</summary>
    private sealed class SpanList(ConcurrentQueue<Activity> spans) : List<Activity>, ICollection<Activity>
    {
        void ICollection<Activity>.Add(Activity item) => spans.Enqueue(item);
    }
}

/// <summary>What an operator sees: one trace per request across modules, and metrics a Prometheus server can scrape.</summary>
public sealed class ObservabilityTests(TracedApiFactory api) : IClassFixture<TracedApiFactory>
{
    [Fact]
    public async Task One_trace_follows_a_request_through_its_integration_event_into_the_other_module()
    {
        var org = await Organisation.StartAsync(api);
        var clientId = await org.ReferAsync();
        var herself = await org.As("client", clientId.ToString());

        await api.AfterMessagesHandled(() =>
            herself.PostOk($"/api/v1/clients/{clientId}/readiness-assessments", Questionnaires.Ruler(7, 7, 7, "yes")));

        var request = api.Spans.Last(s => s.Kind == ActivityKind.Server
                                          && s.GetTagItem("url.path") as string == $"/api/v1/clients/{clientId}/readiness-assessments");
        var trace = api.Spans.Where(s => s.TraceId == request.TraceId).ToList();
        // ReadinessAssessment's handling of the request and Enrollment's of the ReadinessAssessed it published.
        var handling = trace.Where(s => s.Source.Name == "Wolverine" && s.DisplayName.Contains("ReadinessAssessed")).ToList();
        Assert.NotEmpty(handling);
        Assert.All(handling, s => Assert.Equal(request.TraceId, s.TraceId));
        Assert.Contains(trace, s => s.Source.Name == "Npgsql");
    }

    [Fact]
    public async Task Metrics_are_served_for_a_prometheus_scraper_without_a_token()
    {
        var anonymous = api.CreateClient();
        await anonymous.GetAsync("/health/live");
        await (await api.ClientAs(Tenants.New(), "coach")).GetAsync("/api/v1/questionnaires");

        var response = await anonymous.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("http_server_request_duration_seconds", text);
    }
}
