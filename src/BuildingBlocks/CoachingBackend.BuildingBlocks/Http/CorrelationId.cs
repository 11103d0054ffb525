using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachingBackend.BuildingBlocks.Http;

/// <summary>
/// Takes the caller's <c>X-Correlation-Id</c> (or makes one), returns it on the response, and puts it in
/// every log line's scope, so that one request can be followed through logs, events and problem answers.
/// </summary>
public sealed partial class CorrelationId(RequestDelegate next, ILogger<CorrelationId> logger, TimeProvider time)
{
    public const string Header = "X-Correlation-Id";
    public const string ItemKey = "CorrelationId";

    public async Task InvokeAsync(HttpContext context)
    {
        var given = context.Request.Headers[Header].ToString();
        var correlationId = SafeId().IsMatch(given) ? given : Guid.CreateVersion7(time.GetUtcNow()).ToString();
        context.Items[ItemKey] = correlationId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = correlationId;
            return Task.CompletedTask;
        });
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }

    // A caller's id is echoed into headers and logs: accept only plain tokens of sensible length.
    [GeneratedRegex("^[A-Za-z0-9._:-]{8,128}$")]
    private static partial Regex SafeId();
}
