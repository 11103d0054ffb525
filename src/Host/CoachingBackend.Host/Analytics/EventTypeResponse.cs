using System.Text.Json.Nodes;

namespace CoachingBackend.Host.Analytics;

/// <summary>An exported event type.</summary>
/// <param name="Type">Its name in the export (<c>type</c>) and in the <c>types=</c> filter.</param>
/// <param name="Module">The module that records it.</param>
/// <param name="SchemaVersion">The current version of its payload's shape; older events are upcast to it.</param>
/// <param name="Meaning">What it means, in one line.</param>
/// <param name="Schema">The JSON Schema (draft 2020-12) of its exported payload, personal fields removed or pseudonymised.</param>
public sealed record EventTypeResponse(string Type, string Module, int SchemaVersion, string Meaning, JsonObject Schema);
