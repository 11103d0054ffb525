using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachingBackend.Host.Health;

/// <summary>The health answer as JSON: the overall status and each check's own, so an operator sees what is down.</summary>
public static class HealthResponse
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
