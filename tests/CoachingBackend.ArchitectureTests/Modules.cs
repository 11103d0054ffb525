using System.Reflection;
using CoachingBackend.Host;

namespace CoachingBackend.ArchitectureTests;

/// <summary>Every module the Host runs, with its assembly and its Contracts assembly.</summary>
public static class Modules
{
    public sealed record Module(string Name, Assembly Assembly, Assembly Contracts)
    {
        public override string ToString() => Name;
    }

    public static readonly IReadOnlyList<Module> All = ModuleRegistry.All.Select(m =>
    {
        var assembly = m.GetType().Assembly;
        var contractsName = assembly.GetName().Name + ".Contracts";
        return new Module(m.Name, assembly, Assembly.Load(contractsName));
    }).ToList();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var module in All) data.Add(module.Name);
        return data;
    }

    public static Module Named(string name) => All.Single(m => m.Name == name);
}
