using CoachingBackend.BuildingBlocks.Http;
using CoachingBackend.BuildingBlocks.Http.Idempotency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

/// <summary>
/// Declares the headers the API works with: <c>X-Correlation-Id</c> on every operation, and <c>ETag</c> /
/// <c>If-Match</c> on the operations that carry a journey's version, <c>Idempotency-Key</c> on the commands.
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
        var idempotent = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentCommand>().Any();
        if (idempotent)
        {
            operation.Parameters.Add(Header(IdempotencyKeys.Header,
                "Your unique key for this request (1-255 printable ASCII characters, e.g. a UUID; bare or quoted), so that " +
                "it is carried out at most once when you retry it: the same key with the same request answers the first " +
                "answer again (with Idempotent-Replayed: true) and changes nothing; with another request, 422 " +
                "idempotency-key-reused; while the first is still running, 409 idempotency-key-in-flight. Keys are per " +
                "caller and kept 24 hours."));
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
            if (idempotent && status[0] is '2' or '4')
            {
                answer.Headers[IdempotencyKeys.ReplayedHeader] = new OpenApiHeader
                {
                    Description = "\"true\" when this is the stored answer to an earlier request with the same Idempotency-Key.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
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
