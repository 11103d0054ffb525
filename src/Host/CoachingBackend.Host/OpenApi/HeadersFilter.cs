using CoachingBackend.BuildingBlocks.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

/// <summary>
/// Declares the headers the API works with: <c>X-Correlation-Id</c> on every operation, and <c>ETag</c> /
/// <c>If-Match</c> on the operations that carry a journey's version.
/// </summary>
public sealed class HeadersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(Header(CorrelationId.Header,
            "Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and recorded on the events it causes; one is made when absent."));
        var versioned = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<VersionedResource>().FirstOrDefault();
        if (versioned is { AcceptsIfMatch: true })
        {
            operation.Parameters.Add(Header("If-Match",
                "The ETag last read (e.g. \"7\"). When the journey has moved on since, the command is refused with 412 and nothing changes."));
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse answer) continue;
            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            answer.Headers[CorrelationId.Header] = new OpenApiHeader
            {
                Description = "The request's correlation id.", Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
            if (versioned is not null && status.StartsWith('2'))
            {
                answer.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The journey's version, for If-Match.", Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name, In = ParameterLocation.Header, Required = false, Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
