
namespace CoachingBackend.ArchitectureTests;

public sealed class TimeTests
{
    /// <summary>
    /// Time comes from the injected TimeProvider, so that tests (and the dev clock) can move it. A module that
    /// names DateTime.Now/UtcNow or DateTimeOffset.Now/UtcNow reads the wall clock; the Mono.Cecil scan of
    /// NetArchTest cannot see members, so this reads the IL for calls to those getters instead.
    /// </summary>
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void No_module_reads_the_wall_clock(string name)
    {
        var assembly = Modules.Named(name).Assembly;
        var clockGetters = new[]
        {
            typeof(DateTime).GetProperty(nameof(DateTime.Now))!.GetMethod!,
            typeof(DateTime).GetProperty(nameof(DateTime.UtcNow))!.GetMethod!,
            typeof(DateTimeOffset).GetProperty(nameof(DateTimeOffset.Now))!.GetMethod!,
            typeof(DateTimeOffset).GetProperty(nameof(DateTimeOffset.UtcNow))!.GetMethod!,
        }.Select(m => m.MetadataToken).ToHashSet();

        var offenders = new List<string>();
        foreach (var type in assembly.GetTypes())
        foreach (var method in type.GetMethods(System.Reflection.BindingFlags.DeclaredOnly | System.Reflection.BindingFlags.Public
                                               | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance
                                               | System.Reflection.BindingFlags.Static))
        {
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null) continue;
            for (var i = 0; i + 4 < il.Length; i++)
            {
                if (il[i] != 0x28) continue; // call
                var token = BitConverter.ToInt32(il, i + 1);
                try
                {
                    var called = type.Module.ResolveMethod(token);
                    if (called is not null && called.DeclaringType is { } d && (d == typeof(DateTime) || d == typeof(DateTimeOffset))
                        && clockGetters.Contains(called.MetadataToken) && called.Module == typeof(DateTime).Module)
                    {
                        offenders.Add($"{type.FullName}.{method.Name}");
                    }
                }
                catch (ArgumentException)
                {
                    // Not a method token at this offset: the byte was an operand, not an opcode.
                }
            }
        }

        Assert.Empty(offenders);
    }
}
