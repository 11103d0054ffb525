using System.Text.Json.Nodes;
using CoachingBackend.BuildingBlocks.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

/// <summary>An operation's <see cref="RequestExample"/> becomes its JSON request body's example.</summary>
public sealed class RequestExamplesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var example = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().FirstOrDefault();
        if (example is null || operation.RequestBody?.Content?.TryGetValue("application/json", out var body) != true) return;
        if (body is OpenApiMediaType media) media.Example = JsonNode.Parse(example.Json);
    }
}
