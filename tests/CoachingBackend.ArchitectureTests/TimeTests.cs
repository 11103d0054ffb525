using System.Reflection;

namespace CoachingBackend.ArchitectureTests;

public sealed class TimeTests
{
    private static readonly MethodBase[] WallClock =
    [
        typeof(DateTime).GetProperty(nameof(DateTime.Now))!.GetMethod!,
        typeof(DateTime).GetProperty(nameof(DateTime.UtcNow))!.GetMethod!,
        typeof(DateTime).GetProperty(nameof(DateTime.Today))!.GetMethod!,
        typeof(DateTimeOffset).GetProperty(nameof(DateTimeOffset.Now))!.GetMethod!,
        typeof(DateTimeOffset).GetProperty(nameof(DateTimeOffset.UtcNow))!.GetMethod!,
        // A version 7 id made without a time embeds the wall clock.
        typeof(Guid).GetMethod(nameof(Guid.CreateVersion7), Type.EmptyTypes)!,
    ];

    public static TheoryData<string> Assemblies()
    {
        var data = new TheoryData<string>();
        foreach (var module in Modules.All) data.Add(module.Assembly.GetName().Name!);
        data.Add(typeof(BuildingBlocks.EventSourcing.EventStreams).Assembly.GetName().Name!);
        data.Add(typeof(Host.ModuleRegistry).Assembly.GetName().Name!);
        return data;
    }

    /// <summary>
    /// Time comes from the injected TimeProvider, so that tests and the dev clock can move it. This reads each
    /// method's and constructor's IL for calls to the wall clock (NetArchTest sees types, not members).
    /// </summary>
    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Nothing_reads_the_wall_clock(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var forbidden = WallClock.Select(m => (m.Module, m.MetadataToken)).ToHashSet();
        const BindingFlags all = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

        var offenders = new List<string>();
        foreach (var type in assembly.GetTypes())
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null) continue;
            for (var i = 0; i + 4 < il.Length; i++)
            {
                if (il[i] != 0x28 && il[i] != 0x6F) continue; // call, callvirt
                try
                {
                    if (type.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1)) is { } called && forbidden.Contains((called.Module, called.MetadataToken)))
                        offenders.Add($"{type.FullName}.{method.Name}");
                }
                catch (ArgumentException)
                {
                    // Not a method token at this offset: the byte was an operand, not an opcode.
                }
            }
        }

        Assert.Empty(offenders.Distinct());
    }
}
