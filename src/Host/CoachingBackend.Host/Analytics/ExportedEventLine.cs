using System.Text.Json.Nodes;

namespace CoachingBackend.Host.Analytics;

/// <summary>One line of the export (and one SSE message's data), as the OpenAPI document describes it.</summary>
/// <param name="Sequence">The store's global sequence: resume with <c>after=</c> this value.</param>
/// <param name="Type">The event type, as <c>GET /analytics/event-types</c> lists it.</param>
/// <param name="Module">The module that recorded it.</param>
/// <param name="RecordedAt">When it was stored.</param>
/// <param name="SchemaVersion">The version of the payload's shape (older events are upcast to it).</param>
/// <param name="Subject">The pseudonymous key of the client it concerns (<c>c_…</c>), else of the staff member (<c>s_…</c>); null for neither.</param>
/// <param name="Stream">The stream it belongs to: a client's or coach's stream by their key, any other by its id.</param>
/// <param name="Data">The payload, personal data removed: see the type's JSON Schema in the catalogue.</param>
public sealed record ExportedEventLine(
    long Sequence, string Type, string Module, DateTimeOffset RecordedAt, int SchemaVersion, string? Subject, string Stream, JsonObject Data);
