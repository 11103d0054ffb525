using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoachingBackend.Host.Observability;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, Npgsql, and what Marten and Wolverine emit, so one trace follows a
/// request through its integration events into the other modules. Exported over OTLP when an endpoint is configured
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, the standard variable), and scrapeable at <c>/metrics</c> in Prometheus format.
/// </summary>
public static class ObservabilitySetup
{
    public const string ServiceName = "coachingbackend";

    public static IServiceCollection AddCoachingObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                    .AddNpgsql()
                    .AddSource("Wolverine", "Marten");
                if (otlp) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Wolverine:*", "Marten", "Npgsql")
                    .AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter();
            });
        return services;
    }

    /// <summary><c>/metrics</c> for a Prometheus scraper: open like the health checks, and outside the API's description.</summary>
    public static void MapCoachingMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous().ExcludeFromDescription();

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
