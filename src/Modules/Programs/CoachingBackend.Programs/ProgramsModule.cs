using CoachingBackend.BuildingBlocks.Modules;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.Programs;

/// <summary>Programs: registered in the Host so its boundaries are checked from day one; its capabilities arrive with their issues.</summary>
public sealed class ProgramsModule : IModule
{
    public string Name => "Programs";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureMarten(StoreOptions options)
    {
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(ProgramsModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
