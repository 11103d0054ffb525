using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.BuildingBlocks.Modules;

/// <summary>
/// A module's one entry point. The Host calls every module through its registry, in the same order,
/// so a module owns its services, its part of the event store, its message handlers and its routes.
/// </summary>
public interface IModule
{
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Registers the module's events, projections and documents.</summary>
    void ConfigureMarten(StoreOptions options);

    /// <summary>Lets Wolverine find the module's integration-event handlers.</summary>
    void ConfigureWolverine(WolverineOptions options);

    /// <summary>Maps the module's endpoints under <c>/api/v1</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder api);
}
