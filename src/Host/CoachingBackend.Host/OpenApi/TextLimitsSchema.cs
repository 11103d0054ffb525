using System.Reflection;
using System.Text.Json;
using CoachingBackend.BuildingBlocks.Input;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

/// <summary>
/// Documents each text's limit as <c>maxLength</c>: the limit a field states with <see cref="TextAttribute"/> (for a
/// list of texts, each text's), the limit the server enforces through <see cref="TextRules"/>.
/// </summary>
public sealed class TextLimitsSchema : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is null || context.Type.Namespace?.StartsWith("CoachingBackend", StringComparison.Ordinal) != true) return;
        var parameters = context.Type.GetConstructors().SelectMany(c => c.GetParameters()).ToList();
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var limit = property.GetCustomAttribute<TextAttribute>()
                        ?? parameters.FirstOrDefault(p => p.Name == property.Name)?.GetCustomAttribute<TextAttribute>();
            if (limit is null || !target.Properties.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(property.Name), out var field)) continue;
            var text = field is OpenApiSchema { Items: OpenApiSchema items } list && list.Type?.HasFlag(JsonSchemaType.Array) == true ? items : field as OpenApiSchema;
            if (text is null) continue;
            text.MaxLength = limit.MaxLength;
            if (limit.Multiline) text.Description = $"{text.Description} Free text: line breaks and tabs are kept.".Trim();
        }
    }
}
