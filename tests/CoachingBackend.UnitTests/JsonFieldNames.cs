using System.Runtime.CompilerServices;
using CoachingBackend.BuildingBlocks.Pipeline;

namespace CoachingBackend.UnitTests;

/// <summary>
/// Validators name fields by the JSON paths callers send, as the Host sets up: the same for every test, whichever
/// runs first (the setting is process-wide).
/// </summary>
internal static class JsonFieldNames
{
    [ModuleInitializer]
    internal static void Use() => ValidationNames.UseJsonPaths();
}
