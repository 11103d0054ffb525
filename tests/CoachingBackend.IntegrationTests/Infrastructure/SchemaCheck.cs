using System.Text.Json;

namespace CoachingBackend.IntegrationTests.Infrastructure;

/// <summary>
/// Checks a JSON value against a schema of the OpenAPI 3.0 document: types, formats, required and unknown
/// properties, enums, nullability, lengths and ranges. Enough to hold an example to the contract.
/// </summary>
public sealed class SchemaCheck(JsonElement document)
{
    private readonly JsonElement _schemas = document.GetProperty("components").GetProperty("schemas");

    public List<string> Errors(JsonElement value, JsonElement schema, string path = "$")
    {
        var errors = new List<string>();
        Check(value, schema, path, errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, _schemas.GetProperty(reference.GetString()!.Split('/')[^1]), path, errors);
            return;
        }
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!(schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean())) errors.Add($"{path}: null is not allowed");
            return;
        }
        if (schema.TryGetProperty("allOf", out var all))
            foreach (var part in all.EnumerateArray()) Check(value, part, path, errors);
        if (schema.TryGetProperty("oneOf", out var one)
            && one.EnumerateArray().Count(o => Errors(value, o, path).Count == 0) != 1)
            errors.Add($"{path}: matches not exactly one of oneOf");
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetRawText() == value.GetRawText()))
            errors.Add($"{path}: {value.GetRawText()} is not in the enum");
        if (!schema.TryGetProperty("type", out var type)) return;
        switch (type.GetString())
        {
            case "string":
                if (value.ValueKind != JsonValueKind.String) { errors.Add($"{path}: not a string"); return; }
                var text = value.GetString()!;
                if (schema.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32()) errors.Add($"{path}: longer than {max}");
                if (schema.TryGetProperty("minLength", out var min) && text.Length < min.GetInt32()) errors.Add($"{path}: shorter than {min}");
                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                if (format == "uuid" && !Guid.TryParse(text, out _)) errors.Add($"{path}: not a uuid");
                if (format == "date-time" && !DateTimeOffset.TryParse(text, out _)) errors.Add($"{path}: not a date-time");
                if (format == "date" && !DateOnly.TryParseExact(text, "yyyy-MM-dd", out _)) errors.Add($"{path}: not a date");
                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var integer)) { errors.Add($"{path}: not an integer"); return; }
                if (schema.TryGetProperty("minimum", out var lo) && integer < lo.GetDouble()) errors.Add($"{path}: below {lo}");
                if (schema.TryGetProperty("maximum", out var hi) && integer > hi.GetDouble()) errors.Add($"{path}: above {hi}");
                break;
            case "number":
                if (value.ValueKind != JsonValueKind.Number) errors.Add($"{path}: not a number");
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) errors.Add($"{path}: not a boolean");
                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array) { errors.Add($"{path}: not an array"); return; }
                var index = 0;
                foreach (var item in value.EnumerateArray()) Check(item, schema.GetProperty("items"), $"{path}[{index++}]", errors);
                break;
            case "object":
                if (value.ValueKind != JsonValueKind.Object) { errors.Add($"{path}: not an object"); return; }
                var properties = schema.TryGetProperty("properties", out var p) ? p : default;
                if (schema.TryGetProperty("required", out var required))
                    foreach (var name in required.EnumerateArray())
                        if (!value.TryGetProperty(name.GetString()!, out _)) errors.Add($"{path}.{name}: required but missing");
                foreach (var property in value.EnumerateObject())
                {
                    if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var own))
                        Check(property.Value, own, $"{path}.{property.Name}", errors);
                    else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False)
                        errors.Add($"{path}.{property.Name}: not a property of the schema");
                }
                break;
        }
    }
}
