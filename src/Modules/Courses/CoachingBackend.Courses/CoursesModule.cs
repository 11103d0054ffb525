using CoachingBackend.BuildingBlocks.Modules;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.Courses;

/// <summary>Courses: registered in the Host so its boundaries are checked from day one; its capabilities arrive with their issues.</summary>
public sealed class CoursesModule : IModule
{
    public string Name => "Courses";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureMarten(StoreOptions options)
    {
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(CoursesModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
