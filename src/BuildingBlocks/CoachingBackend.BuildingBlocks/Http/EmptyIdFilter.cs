using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingBackend.BuildingBlocks.Http;

/// <summary>
/// The empty GUID names no record: an id in the route that is all zeros is refused (400, keyed by the route's
/// parameter) before any handler looks it up.
/// </summary>
public sealed class EmptyIdFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var empty = context.HttpContext.Request.RouteValues
            .Where(v => v.Value is string text && Guid.TryParse(text, out var id) && id == Guid.Empty)
            .Select(v => new ValidationFailure(v.Key, $"{v.Key} must not be the empty GUID."))
            .ToList();
        return empty.Count > 0 ? throw new ValidationException(empty) : next(context);
    }
}
