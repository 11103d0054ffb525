using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Identity;

namespace CoachingBackend.Host.Identity;

/// <summary>Fills the scoped <see cref="RequestContext"/> from the authenticated token and the correlation id.</summary>
public sealed class RequestContextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, RequestContext context)
    {
        var user = http.User;
        context.Set(
            tenantId: user.FindFirst(ClaimNames.Tenant)?.Value ?? "",
            userId: user.FindFirst(ClaimNames.Subject)?.Value ?? "",
            roles: user.FindAll(ClaimNames.Role).Select(c => c.Value),
            correlationId: http.Items[CorrelationId.ItemKey] as string ?? http.TraceIdentifier,
            causationId: Cause(http));
        return next(http);
    }

    /// <summary>What caused the events of this request: the operation and this very request, e.g. <c>ReferClient/0HN…:00000001</c>.</summary>
    private static string Cause(HttpContext http) =>
        $"{http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? http.Request.Path}/{http.TraceIdentifier}";
}
