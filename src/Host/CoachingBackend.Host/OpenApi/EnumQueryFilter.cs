using System.Text.Json.Nodes;
using CoachingBackend.BuildingBlocks.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

/// <summary>A query parameter read as an enum (<see cref="EnumQueryParameter"/>) is documented with the enum's values.</summary>
public sealed class EnumQueryFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var query in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EnumQueryParameter>())
        {
            var parameter = operation.Parameters?.FirstOrDefault(p => p.Name == query.Name && p.In == ParameterLocation.Query);
            if (parameter is not OpenApiParameter own) continue;
            own.Required = query.Required;
            own.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. Enum.GetNames(query.Enum).Select(n => (JsonNode)System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n))],
            };
        }
    }
}
