using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachingBackend.BuildingBlocks.Json;

/// <summary>
/// Enums as kebab-case strings, read in exactly the spelling the API writes (<c>time-out</c>): unlike
/// <see cref="JsonStringEnumConverter"/>, no other case, no padding, no number, no comma-joined list.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Strict<>).MakeGenericType(typeToConvert))!;

    private sealed class Strict<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<string, TEnum> ByName =
            Enum.GetValues<TEnum>().ToFrozenDictionary(JsonDefaults.Name, v => v, StringComparer.Ordinal);
        private static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, JsonDefaults.Name);
        private static readonly string Expected = $"Must be one of: {string.Join(", ", ByName.Keys.Order())}.";

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new JsonFieldException(Expected);

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Names.TryGetValue(value, out var name) ? name : throw new JsonException($"{value} has no name."));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Names.TryGetValue(value, out var name) ? name : throw new JsonException($"{value} has no name."));

        private static TEnum Parse(string? text) =>
            text is not null && ByName.TryGetValue(text, out var value) ? value : throw new JsonFieldException(Expected);
    }
}
