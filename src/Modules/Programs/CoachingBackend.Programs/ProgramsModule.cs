using CoachingBackend.BuildingBlocks.Modules;
using CoachingBackend.Programs.Clients;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.Programs;

/// <summary>
/// Programs, the heart of the coaching year: the organisation's material bank, calendar programmes published to coaches
/// first and then to clients, each client's own programme and calendar, entries with coach comments, and reminders.
/// </summary>
public sealed class ProgramsModule : IModule
{
    public string Name => "Programs";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Add<KnownClientProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<KnownClient>().Index(c => c.CoachUserId);
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(ProgramsModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
