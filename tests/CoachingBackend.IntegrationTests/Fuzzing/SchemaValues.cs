using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachingBackend.IntegrationTests.Fuzzing;

/// <summary>Values that fit a schema of the OpenAPI document (3.0 or 3.1), drawn from a seeded generator.</summary>
public sealed class SchemaValues(JsonElement document, Random random)
{
    private readonly JsonElement _schemas = document.GetProperty("components").GetProperty("schemas");

    public JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 10 && schema.ValueKind == JsonValueKind.Object; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
                schema = _schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
            else if (schema.TryGetProperty("allOf", out var all) && all.GetArrayLength() == 1 && !schema.TryGetProperty("properties", out _))
                schema = all[0];
            else break;
        }
        return schema;
    }

    public static IEnumerable<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type)) yield break;
        if (type.ValueKind == JsonValueKind.String) yield return type.GetString()!;
        else foreach (var t in type.EnumerateArray()) yield return t.GetString()!;
    }

    public static bool IsNullable(JsonElement schema) =>
        Types(schema).Contains("null") || schema.TryGetProperty("nullable", out var n) && n.GetBoolean();

    /// <summary>A value valid for the schema; <paramref name="depth"/> bounds nested objects.</summary>
    public JsonNode? Valid(JsonElement schema, int depth = 0)
    {
        schema = Resolve(schema);
        foreach (var choice in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(choice, out var options))
            {
                var candidates = options.EnumerateArray().Where(o => !Types(o).SequenceEqual(["null"])).ToList();
                return Valid(candidates[random.Next(candidates.Count)], depth);
            }
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            var list = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            return JsonNode.Parse(list[random.Next(list.Count)].GetRawText());
        }
        var type = Types(schema).FirstOrDefault(t => t != "null")
                   ?? (schema.TryGetProperty("properties", out _) ? "object" : "string");
        return type switch
        {
            "string" => String(schema),
            "integer" => JsonValue.Create(Integer(schema)),
            "number" => JsonValue.Create(Math.Round((decimal)random.NextDouble() * 10, 2)),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "array" => Array(schema, depth),
            _ => Object(schema, depth),
        };
    }

    private JsonNode String(JsonElement schema)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var max = schema.TryGetProperty("maxLength", out var m) ? m.GetInt32() : 40;
        return format switch
        {
            "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
            "date-time" => JsonValue.Create(DateTimeOffset.UtcNow.AddDays(-random.Next(1, 300)).ToString("O")),
            "date" => JsonValue.Create(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(random.Next(-9000, 90))).ToString("yyyy-MM-dd")),
            "email" => JsonValue.Create($"fuzz{random.Next(1000)}@example.fi"),
            _ => JsonValue.Create(Words(Math.Min(max, 1 + random.Next(30)))),
        };
    }

    private string Words(int length)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzäö -";
        return new string(Enumerable.Range(0, Math.Max(1, length)).Select(_ => letters[random.Next(letters.Length)]).ToArray()).Trim() is { Length: > 0 } s ? s : "x";
    }

    private long Integer(JsonElement schema)
    {
        var min = schema.TryGetProperty("minimum", out var lo) ? (long)lo.GetDouble() : 0;
        var max = schema.TryGetProperty("maximum", out var hi) ? (long)hi.GetDouble() : Math.Max(min, 0) + 100;
        return min + (long)(random.NextDouble() * (max - min));
    }

    private JsonArray Array(JsonElement schema, int depth)
    {
        var array = new JsonArray();
        if (depth > 4 || !schema.TryGetProperty("items", out var items)) return array;
        var min = schema.TryGetProperty("minItems", out var lo) ? lo.GetInt32() : 0;
        var count = Math.Max(min, random.Next(1, 3));
        for (var i = 0; i < count; i++) array.Add(Valid(items, depth + 1));
        return array;
    }

    private JsonObject Object(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (depth > 5 || !schema.TryGetProperty("properties", out var properties)) return result;
        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToHashSet() : [];
        foreach (var property in properties.EnumerateObject())
        {
            if (property.Value.TryGetProperty("readOnly", out var ro) && ro.GetBoolean()) continue;
            if (required.Contains(property.Name) || random.Next(3) > 0) result[property.Name] = Valid(property.Value, depth + 1);
        }
        return result;
    }
}
