using NetArchTest.Rules;

namespace CoachingBackend.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Every_module_of_the_product_is_registered_in_the_host()
    {
        Assert.Equal(["Courses", "Enrollment", "Feedback", "Programs", "ReadinessAssessment"], Modules.All.Select(m => m.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_references_no_other_modules_internals(string name)
    {
        var module = Modules.Named(name);
        var others = Modules.All.Where(m => m != module).Select(m => m.Assembly.GetName().Name).ToHashSet();

        var referenced = module.Assembly.GetReferencedAssemblies().Select(a => a.Name).Where(others.Contains).ToList();

        Assert.Empty(referenced);
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_modules_types_use_no_type_of_another_modules_internals(string name)
    {
        var module = Modules.Named(name);
        foreach (var other in Modules.All.Where(m => m != module))
        {
            // Another module's internal types are the types of its assembly (its contracts live in <Module>.Contracts).
            // Full type names, not namespaces: NetArchTest matches by prefix, and a module's root namespace is a
            // prefix of its Contracts namespace.
            var internalTypes = other.Assembly.GetTypes()
                .Where(t => !t.IsNested && t.FullName!.StartsWith("CoachingBackend.", StringComparison.Ordinal))
                .Select(t => t.FullName!).ToArray();
            if (internalTypes.Length == 0) continue;
            var result = Types.InAssembly(module.Assembly).ShouldNot().HaveDependencyOnAny(internalTypes).GetResult();
            Assert.True(result.IsSuccessful,
                $"{name} uses {other.Name} internals: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_modules_contracts_depend_on_no_module_at_all(string name)
    {
        var contracts = Modules.Named(name).Contracts;
        var modules = Modules.All.Select(m => m.Assembly.GetName().Name).ToHashSet();

        Assert.DoesNotContain(contracts.GetReferencedAssemblies(), a => modules.Contains(a.Name));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_does_not_depend_on_the_host(string name)
    {
        var result = Types.InAssembly(Modules.Named(name).Assembly).ShouldNot().HaveDependencyOn("CoachingBackend.Host").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Integration_events_are_records_that_carry_the_organisation(string name)
    {
        var events = Modules.Named(name).Contracts.GetTypes().Where(t => t.IsPublic && t.IsClass && !t.IsAbstract).ToList();
        Assert.All(events, e => Assert.NotNull(e.GetProperty("TenantId")));
    }
}
