using System.Reflection;
using NetArchTest.Rules;

namespace CoachingBackend.ArchitectureTests;

/// <summary>
/// The development database (a local cluster, or Docker through Testcontainers) is not production code
/// (docs/adr/0012-development-database-outside-production.md).
/// </summary>
public sealed class DevelopmentDatabaseTests
{
    private static readonly string[] DevelopmentOnly = ["CoachingBackend.DevDatabase", "Testcontainers", "DotNet.Testcontainers", "Docker.DotNet"];

    public static TheoryData<string> ProductionAssemblies()
    {
        var data = new TheoryData<string>();
        data.Add(typeof(BuildingBlocks.EventSourcing.EventStreams).Assembly.GetName().Name!);
        foreach (var module in Modules.All)
        {
            data.Add(module.Assembly.GetName().Name!);
            data.Add(module.Contracts.GetName().Name!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProductionAssemblies))]
    public void No_production_assembly_references_testcontainers_or_the_development_database(string name)
    {
        var referenced = Assembly.Load(name).GetReferencedAssemblies().Select(a => a.Name!)
            .Where(r => DevelopmentOnly.Any(d => r.StartsWith(d, StringComparison.Ordinal)));

        Assert.Empty(referenced);
    }

    [Fact]
    public void In_the_host_only_the_development_database_bridge_uses_it()
    {
        var host = typeof(Host.ModuleRegistry).Assembly;

        var result = Types.InAssembly(host).That().DoNotHaveName("DevelopmentDatabase")
            .ShouldNot().HaveDependencyOnAny(DevelopmentOnly).GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
