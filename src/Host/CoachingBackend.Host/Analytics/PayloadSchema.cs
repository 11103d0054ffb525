using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using CoachingBackend.BuildingBlocks.Analytics;
using CoachingBackend.BuildingBlocks.Json;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// The JSON Schema of an event type's exported payload: the schema of its stored shape (the store's JSON options) with
/// the omitted fields taken out, ids as pseudonymous keys and a date of birth as a year.
/// </summary>
public static class PayloadSchema
{
    private static readonly JsonSerializerOptions Stored = new(JsonDefaults.Options)
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    public static JsonObject Of(ExportedEventType type)
    {
        var schema = (JsonObject)Stored.GetJsonSchemaAsNode(type.ClrType,
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        if (schema["properties"] is not JsonObject properties) return schema;
        var required = schema["required"] as JsonArray;
        foreach (var (field, treatment) in type.Personal)
        {
            if (!properties.ContainsKey(field)) continue;
            properties.Remove(field);
            RemoveRequired(required, field);
            switch (treatment)
            {
                case PersonalData.ClientId:
                    properties[field] = Key("The client's pseudonymous key (c_…), the same in every export of the organisation.");
                    break;
                case PersonalData.StaffId:
                    properties[field] = Key("A staff member's pseudonymous key (s_…), the same in every export of the organisation.");
                    break;
                case PersonalData.BirthYear:
                    properties[PayloadRedaction.BirthYearName(field)] =
                        new JsonObject { ["type"] = new JsonArray("integer", "null"), ["description"] = "The year of birth only." };
                    break;
            }
        }
        return schema;
    }

    private static JsonObject Key(string description) =>
        new() { ["type"] = new JsonArray("string", "null"), ["description"] = description };

    private static void RemoveRequired(JsonArray? required, string field)
    {
        if (required is null) return;
        for (var i = required.Count - 1; i >= 0; i--)
        {
            if (required[i]?.GetValue<string>() == field) required.RemoveAt(i);
        }
    }
}
