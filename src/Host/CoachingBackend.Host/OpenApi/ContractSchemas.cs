using System.Reflection;
using System.Text.Json;
using CoachingBackend.Enrollment.Clients.GettingJourney;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

/// <summary>
/// Makes the schemas true to the wire, so that a generated client types what the server sends: a reference the
/// server may send as null is nullable, a journey entry's payload is an object, and every problem has a type and
/// a correlation id.
/// </summary>
public sealed class ContractSchemas : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema own) return;
        if (context.Type == typeof(ProblemDetails) || context.Type == typeof(HttpValidationProblemDetails))
        {
            Problem(own);
            return;
        }
        if (own.Properties is null || context.Type.Namespace?.StartsWith("CoachingBackend", StringComparison.Ordinal) != true) return;
        NullableReferences(own, context.Type, context.SchemaRepository);
        if (context.Type == typeof(JourneyEntry))
        {
            own.Properties["payload"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema(),
                Description = "The event as it was stored: its fields in camelCase, enums in kebab-case, times in RFC 3339. " +
                              "Which fields it has depends on `type`.",
            };
        }
    }

    /// <summary>A property that may be null and is described by a reference becomes <c>allOf [ref], nullable</c>.</summary>
    /// <remarks>The wrapper states the referenced schema's own type beside <c>nullable</c>, as OpenAPI 3.0 wants.</remarks>
    private static void NullableReferences(OpenApiSchema schema, Type type, SchemaRepository repository)
    {
        var nullability = new NullabilityInfoContext();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!schema.Properties!.TryGetValue(name, out var field) || field is not OpenApiSchemaReference reference) continue;
            var mayBeNull = Nullable.GetUnderlyingType(property.PropertyType) is not null
                            || !property.PropertyType.IsValueType && nullability.Create(property).ReadState == NullabilityState.Nullable;
            // A field a caller must send ([Required], though nullable in C# to tell "missing" apart) is not nullable.
            if (!mayBeNull || property.GetCustomAttribute<System.ComponentModel.DataAnnotations.RequiredAttribute>() is not null) continue;
            var own = reference.Reference.Id is { } id && repository.Schemas.TryGetValue(id, out var target) ? target.Type : null;
            schema.Properties[name] = new OpenApiSchema
            {
                AllOf = [reference], Type = (own ?? JsonSchemaType.Object) | JsonSchemaType.Null, Description = reference.Description,
            };
        }
    }

    private static void Problem(OpenApiSchema schema)
    {
        schema.Required ??= new HashSet<string>();
        schema.Required.Add("type");
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["type"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Stable: urn:coachingbackend:problem:<name>. Branch on this, never on the title.",
        };
        schema.Properties["correlationId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String, Description = "The request's correlation id (X-Correlation-Id): quote it when reporting.",
        };
    }
}
