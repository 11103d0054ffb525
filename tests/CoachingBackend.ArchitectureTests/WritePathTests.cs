using Mono.Cecil;
using Mono.Cecil.Cil;

namespace CoachingBackend.ArchitectureTests;

/// <summary>
/// Every module write goes through the one write path (docs/adr/0010-one-write-path.md): no module calls Marten's
/// writing members itself. This reads each module's IL, async state machines and lambdas included.
/// </summary>
public sealed class WritePathTests
{
    private static readonly HashSet<string> WritingMembers =
    [
        "SaveChanges", "SaveChangesAsync", "Store", "StoreObjects", "Insert", "InsertObjects", "Update", "Delete",
        "DeleteWhere", "HardDelete", "StartStream", "Append", "AppendOne", "AppendMany", "AppendOptimistic",
        "AppendExclusive", "FetchForWriting", "FetchForExclusiveWriting", "Patch", "BulkInsertAsync",
    ];

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_writes_to_the_store_only_through_EventStreams(string moduleName)
    {
        var module = ModuleDefinition.ReadModule(Modules.Named(moduleName).Assembly.Location);
        var offenders =
            from type in module.GetTypes()
            // An event projection writes its read model from events that are being appended, inside that same
            // transaction: Marten calls it from the write path, so it is part of it, not a way around it.
            where !IsEventProjection(type)
            from method in type.Methods
            where method.HasBody
            from instruction in method.Body.Instructions
            where instruction.OpCode.Code is Code.Call or Code.Callvirt
            let called = instruction.Operand as MethodReference
            where called is not null && WritingMembers.Contains(called.Name)
                  && (called.DeclaringType.Namespace.StartsWith("Marten") || called.DeclaringType.Namespace.StartsWith("JasperFx.Events"))
            select $"{type.FullName}.{method.Name} calls {called.DeclaringType.Name}.{called.Name}";

        Assert.Empty(offenders.Distinct());
    }

    private static bool IsEventProjection(TypeDefinition type) =>
        type.BaseType?.FullName == "Marten.Events.Projections.EventProjection"
        || (type.DeclaringType is not null && IsEventProjection(type.DeclaringType));
}
