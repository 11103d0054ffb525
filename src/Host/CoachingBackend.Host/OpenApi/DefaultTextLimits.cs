using CoachingBackend.BuildingBlocks.Input;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoachingBackend.Host.OpenApi;

/// <summary>
/// Every text a caller sends (in a body or a query) that states no limit of its own is one line of at most
/// <see cref="TextRules.DefaultMaxLength"/> characters, as <see cref="TextRules"/> enforces: the document says so.
/// </summary>
public sealed class DefaultTextLimits : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var seen = new HashSet<string>();
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? (IEnumerable<OpenApiOperation>)[]))
        {
            foreach (var content in operation.RequestBody?.Content?.Values ?? []) Visit(content.Schema, document, seen);
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter.In is ParameterLocation.Query && parameter.Schema is OpenApiSchema schema) Limit(schema);
            }
        }
    }

    private static void Visit(IOpenApiSchema? schema, OpenApiDocument document, HashSet<string> seen)
    {
        switch (schema)
        {
            case OpenApiSchemaReference reference:
                var id = reference.Reference.Id;
                if (id is not null && seen.Add(id) && document.Components?.Schemas?.TryGetValue(id, out var target) == true)
                    Visit(target, document, seen);
                return;
            case OpenApiSchema own:
                Limit(own);
                foreach (var property in own.Properties?.Values ?? []) Visit(property, document, seen);
                foreach (var part in (own.AllOf ?? []).Concat(own.OneOf ?? []).Concat(own.AnyOf ?? [])) Visit(part, document, seen);
                Visit(own.Items, document, seen);
                Visit(own.AdditionalProperties, document, seen);
                return;
        }
    }

    private static void Limit(OpenApiSchema schema)
    {
        if (schema.Type?.HasFlag(JsonSchemaType.String) == true && schema.Format is null && schema.Enum is not { Count: > 0 })
            schema.MaxLength ??= TextRules.DefaultMaxLength;
    }
}
