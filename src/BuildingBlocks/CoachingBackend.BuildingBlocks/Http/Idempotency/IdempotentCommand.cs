using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.BuildingBlocks.Http.Idempotency;

/// <summary>Endpoint metadata: the operation honours <c>Idempotency-Key</c> (docs/adr/0013-idempotency-key.md).</summary>
public sealed record IdempotentCommand
{
    public static readonly IdempotentCommand Instance = new();

    /// <summary>
    /// Every POST and PUT of the group, except those under <paramref name="exceptUnder"/> (the development tools),
    /// takes <c>Idempotency-Key</c> and documents its 409 and 422 answers.
    /// </summary>
    public static RouteGroupBuilder ForCommandsOf(RouteGroupBuilder group, string exceptUnder)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            if (!methods.Any(m => m is "POST" or "PUT")) return;
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
            if (pattern.StartsWith(exceptUnder, StringComparison.OrdinalIgnoreCase)) return;
            endpoint.Metadata.Add(Instance);
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(ProblemDetails), ["application/problem+json"]));
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status422UnprocessableEntity, typeof(ProblemDetails), ["application/problem+json"]));
        });
        return group;
    }
}
