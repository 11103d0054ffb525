using CoachingBackend.BuildingBlocks.Modules;
using CoachingBackend.Programs.Clients;
using CoachingBackend.Programs.Materials;
using CoachingBackend.Programs.Materials.Adding;
using CoachingBackend.Programs.Materials.Browsing;
using CoachingBackend.Programs.Materials.Retiring;
using CoachingBackend.Programs.Materials.Revising;
using JasperFx.Events;
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
        // Its own table: ReadinessAssessment has a KnownClient too, and Marten names tables by the type's name.
        options.Schema.For<KnownClient>().DocumentAlias("programs_known_client").Index(c => c.CoachUserId);

        // The material bank: one stream per item, its write model an inline snapshot (a command loads one document).
        options.Events.AddEventTypes([typeof(MaterialAdded), typeof(MaterialContentRevised), typeof(MaterialRetiredFromUse)]);
        options.Projections.Snapshot<Material>(SnapshotLifecycle.Inline);
        options.Projections.Add<MaterialRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<MaterialRevisionRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<MaterialRecord>().Index(m => m.Title)
            .FullTextIndex(SearchMaterials.TextSearchConfig, m => m.SearchText);
        options.Schema.For<MaterialRevisionRecord>().Index(r => r.MaterialId);
    }

    public void ConfigureWolverine(WolverineOptions options) =>
        options.Discovery.IncludeAssembly(typeof(ProgramsModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SearchMaterials.Map(api);
        GetMaterial.Map(api);
        GetMaterialRevision.Map(api);
        AddMaterial.Map(api);
        ReviseMaterial.Map(api);
        RetireMaterial.Map(api);
    }
}
