using CoachingBackend.BuildingBlocks.Modules;
using CoachingBackend.Enrollment.Clients;
using CoachingBackend.Enrollment.Clients.GettingClient;
using CoachingBackend.Enrollment.Clients.GettingJourney;
using CoachingBackend.Enrollment.Clients.Referring;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CoachingBackend.Enrollment;

/// <summary>
/// Enrollment owns the client's lifecycle, from referral to discharge: every step is an event in the
/// client's journey stream.
/// </summary>
public sealed class EnrollmentModule : IModule
{
    public string Name => "Enrollment";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureMarten(StoreOptions options)
    {
        options.Events.AddEventType<ClientReferred>();
        options.Projections.Add<ClientRecordProjection>(ProjectionLifecycle.Inline);
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(EnrollmentModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ReferClient.Map(api);
        GetClient.Map(api);
        GetJourney.Map(api);
    }
}
