using Marten;

namespace CoachingBackend.Host.Analytics;

/// <summary>The analysts' export, tail and event catalogue (docs/adr/0020-analyst-export.md): outside every module, as it reads them all.</summary>
public static class AnalyticsSetup
{
    public static IServiceCollection AddAnalystExport(this IServiceCollection services)
    {
        services.AddSingleton<EventCatalogue>();
        services.AddSingleton<EventRows>();
        services.AddSingleton<AnalyticsSecrets>();
        return services;
    }

    public static void ConfigureMarten(StoreOptions options) =>
        options.Schema.For<AnalyticsSecret>().DocumentAlias("analytics_secret");

    public static void Map(IEndpointRouteBuilder api)
    {
        ExportEvents.Map(api);
        TailEvents.Map(api);
        ListEventTypes.Map(api);
    }
}
