using System.Text.Json;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// Writes an event's payload as analysts may see it: omitted fields left out (a declared object goes whole), client and
/// staff ids replaced by their keys, a date of birth cut to its year. A raw id of the event's people found anywhere else
/// in the payload (a source stream, say) is replaced by its key too, so a raw id never stands beside its key.
/// </summary>
public static class PayloadRedaction
{
    /// <summary>
    /// Fills <paramref name="rawIds"/> (the caller's case-insensitive scratch map, reused from event to event) with the
    /// event's declared ids and their keys, and answers the event's subject: its client, else its first staff member.
    /// </summary>
    public static string? CollectIds(JsonElement payload, ExportedEventType type, Pseudonyms keys, Dictionary<string, string> rawIds)
    {
        rawIds.Clear();
        string? client = null, staff = null;
        foreach (var (field, treatment) in type.Personal)
        {
            if (treatment is not (PersonalData.ClientId or PersonalData.StaffId)) continue;
            if (!payload.TryGetProperty(field, out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 } raw) continue;
            var key = keys.KeyOf(treatment, raw);
            rawIds.TryAdd(raw, key);
            if (treatment == PersonalData.ClientId) client ??= key;
            else staff ??= key;
        }
        return client ?? staff;
    }

    /// <summary>Writes the payload; <see cref="CollectIds"/> has filled <paramref name="rawIds"/> for this event.</summary>
    public static void Write(Utf8JsonWriter writer, JsonElement payload, ExportedEventType type, Pseudonyms keys, Dictionary<string, string> rawIds)
    {
        writer.WriteStartObject();
        foreach (var property in payload.EnumerateObject())
        {
            if (!type.Personal.TryGetValue(property.Name, out var treatment))
            {
                writer.WritePropertyName(property.Name);
                Copy(writer, property.Value, rawIds, EnumVocabulary.PropertyType(type.ClrType, property.Name));
                continue;
            }
            switch (treatment)
            {
                case PersonalData.Omitted:
                    break;
                case PersonalData.BirthYear:
                    writer.WritePropertyName(BirthYearName(property.Name));
                    if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: >= 4 } date
                        && int.TryParse(date.AsSpan(0, 4), out var year))
                        writer.WriteNumberValue(year);
                    else writer.WriteNullValue();
                    break;
                default:
                    writer.WritePropertyName(property.Name);
                    if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } raw)
                        writer.WriteStringValue(keys.KeyOf(treatment, raw));
                    else writer.WriteNullValue();
                    break;
            }
        }
        writer.WriteEndObject();
    }

    /// <summary><c>dateOfBirth</c> becomes <c>birthYear</c>; any other date field declared so, <c>&lt;name&gt;Year</c>.</summary>
    public static string BirthYearName(string field) => field == "dateOfBirth" ? "birthYear" : field + "Year";

    /// <summary>Copies a value, replacing raw ids of the event's people and writing enums as the API spells them.</summary>
    private static void Copy(Utf8JsonWriter writer, JsonElement value, Dictionary<string, string> rawIds, Type? type)
    {
        if (rawIds.Count == 0 && !EnumVocabulary.Holds(type))
        {
            value.WriteTo(writer);
            return;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (rawIds.TryGetValue(text, out var key)) writer.WriteStringValue(key);
                else if (EnumVocabulary.IsEnum(type)) writer.WriteStringValue(EnumVocabulary.Spoken(text));
                else value.WriteTo(writer);
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Copy(writer, property.Value, rawIds, EnumVocabulary.PropertyType(Unwrapped(type), property.Name));
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var element = EnumVocabulary.ElementOf(type);
                foreach (var item in value.EnumerateArray()) Copy(writer, item, rawIds, element);
                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    private static Type? Unwrapped(Type? type) => type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
}
