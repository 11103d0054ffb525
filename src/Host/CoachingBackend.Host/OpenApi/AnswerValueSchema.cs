using CoachingBackend.ReadinessAssessment.Assessments.Submitting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

/// <summary>
/// An answer's value is taken as a JSON number or string (a scale item's integer, a choice option's value); the
/// document says so instead of "any", so that generated clients type it.
/// </summary>
public sealed class AnswerValueSchema : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(AnswerInput) || schema is not OpenApiSchema answer || answer.Properties is null) return;
        answer.Properties["value"] = new OpenApiSchema
        {
            OneOf = [new OpenApiSchema { Type = JsonSchemaType.Integer }, new OpenApiSchema { Type = JsonSchemaType.String }],
            Description = "For a scale item an integer within the item's min and max (e.g. 4); for a choice item one of its options' values.",
        };
    }
}
