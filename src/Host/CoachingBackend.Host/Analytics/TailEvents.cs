using System.Buffers;
using System.Text.Json;
using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;
using FluentValidation;
using FluentValidation.Results;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// <c>GET /analytics/events/stream</c>: the export as Server-Sent Events that go on as events are stored. The store is
/// polled every quarter second (a cheap indexed read of what is new), so an event arrives within a second.
/// </summary>
public static class TailEvents
{
    public const string MediaType = "text/event-stream";
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/analytics/events/stream", async Task (long? after, string? types, string? modules, DateTimeOffset? from,
                DateTimeOffset? to, long? limit, HttpContext http, EventCatalogue catalogue, EventRows rows,
                AnalyticsSecrets secrets, RequestContext caller, IConfiguration configuration) =>
            {
                var filter = EventFilter.Read(catalogue, LastEventId(http) ?? after, types, modules, from, to, limit);
                var heartbeat = TimeSpan.FromSeconds(configuration.GetValue("Analytics:HeartbeatSeconds", 15.0));
                var ct = http.RequestAborted;
                var lines = new ExportLineWriter(await secrets.ForAsync(caller.TenantId, ct));
                http.Response.ContentType = MediaType;
                http.Response.Headers.CacheControl = "no-cache";
                http.Response.Headers["X-Accel-Buffering"] = "no";
                var pipe = http.Response.BodyWriter;
                var writer = new Utf8JsonWriter(pipe, new JsonWriterOptions { SkipValidation = true });
                var cursor = filter.After;
                var remaining = filter.Limit;
                // A stopwatch, not the clock: the heartbeat keeps connections alive in real time, whatever the (dev) clock says.
                var quiet = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    // The headers go now, so a listener knows it is connected before the first event.
                    await http.Response.StartAsync(ct);
                    while (remaining is null or > 0)
                    {
                        var sent = 0;
                        cursor = await rows.ReadAsync(caller.TenantId, filter, cursor, remaining, stored =>
                        {
                            pipe.Write("id: "u8);
                            pipe.Write(System.Text.Encoding.ASCII.GetBytes(stored.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                            pipe.Write("\ndata: "u8);
                            lines.Write(writer, stored);
                            writer.Flush();
                            writer.Reset();
                            pipe.Write("\n\n"u8);
                            sent++;
                            return ValueTask.CompletedTask;
                        }, ct);
                        remaining -= sent;
                        if (sent > 0) quiet.Restart();
                        else if (quiet.Elapsed >= heartbeat)
                        {
                            pipe.Write(": heartbeat\n\n"u8);
                            quiet.Restart();
                        }
                        await pipe.FlushAsync(ct);
                        if (remaining is null or > 0) await Task.Delay(PollEvery, ct);
                    }
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    // The dashboard went away; it reconnects with Last-Event-ID.
                }
            })
            .WithName("TailEvents")
            .WithTags("Analytics")
            .WithSummary("Follow the organisation's events live, as Server-Sent Events")
            .WithDescription("The export's events (same filters, same pseudonymisation) as Server-Sent Events that continue as " +
                             "events are stored: new ones arrive within a second. Each message's id is the event's sequence and " +
                             "its data one export line; a reconnecting EventSource sends Last-Event-ID and resumes after it (it " +
                             "takes precedence over after). An idle stream gets a heartbeat comment every 15 seconds. With limit, " +
                             "the stream ends after that many events. Roles: analyst, org-admin.")
            .AllowRoles(Roles.Analyst, Roles.OrgAdmin)
            .Produces<string>(StatusCodes.Status200OK, MediaType)
            .ProducesValidationProblem()
            .WithCommonProblems();

    private static long? LastEventId(HttpContext http)
    {
        var header = http.Request.Headers["Last-Event-ID"].ToString();
        if (header.Length == 0) return null;
        return long.TryParse(header, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ValidationException([new ValidationFailure("Last-Event-ID", "Last-Event-ID must be an event's sequence.")]);
    }
}
