using System.Buffers;
using System.Text.Json;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Host.Analytics;

/// <summary><c>GET /analytics/events</c>: the organisation's events as NDJSON, pseudonymised, streamed from a database cursor.</summary>
public static class ExportEvents
{
    public const string MediaType = "application/x-ndjson";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/analytics/events", async Task (long? after, string? types, string? modules, DateTimeOffset? from,
                DateTimeOffset? to, long? limit, HttpContext http, EventCatalogue catalogue, EventRows rows,
                AnalyticsSecrets secrets, RequestContext caller) =>
            {
                var filter = EventFilter.Read(catalogue, after, types, modules, from, to, limit);
                var ct = http.RequestAborted;
                var lines = new ExportLineWriter(await secrets.ForAsync(caller.TenantId, ct));
                http.Response.ContentType = MediaType;
                var pipe = http.Response.BodyWriter;
                var writer = new Utf8JsonWriter(pipe, new JsonWriterOptions { SkipValidation = true });
                try
                {
                    await rows.ReadAsync(caller.TenantId, filter, filter.After, filter.Limit, async stored =>
                    {
                        lines.Write(writer, stored);
                        writer.Flush();
                        writer.Reset();
                        pipe.Write("\n"u8);
                        if (pipe.UnflushedBytes > 32 * 1024) await pipe.FlushAsync(ct);
                    }, ct);
                    await pipe.FlushAsync(ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    // The analyst hung up: they resume with after= the last sequence they received.
                }
            })
            .WithName("ExportEvents")
            .WithTags("Analytics")
            .WithSummary("Export the organisation's events as NDJSON, pseudonymised")
            .WithDescription("One JSON object a line, in the store's global sequence order: sequence, type, module, recordedAt, " +
                             "schemaVersion, subject (a pseudonymous key: c_… for a client, s_… for staff, the same in every export " +
                             "of the organisation) and data, the payload without names, contact details, free texts or notes. " +
                             "Streamed from a database cursor, so any size is fine. Resume a cut export with after= the last " +
                             "sequence received: no gaps, no repeats. after beyond the last event gives an empty answer. types and " +
                             "modules are comma-separated names from GET /api/v1/analytics/event-types; from and to (inclusive) bound " +
                             "the recorded time. Roles: analyst, org-admin.")
            .AllowRoles(Roles.Analyst, Roles.OrgAdmin)
            .Produces<ExportedEventLine>(StatusCodes.Status200OK, MediaType)
            .ProducesValidationProblem()
            .WithCommonProblems();
}
