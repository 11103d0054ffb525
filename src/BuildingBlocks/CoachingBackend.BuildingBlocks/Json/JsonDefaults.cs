using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachingBackend.BuildingBlocks.Json;

/// <summary>
/// One JSON shape for the API, the event store and the journey timeline: camelCase names, enums as
/// kebab-case strings (<c>gp-green-prescription</c>), so an analyst reading a stored event sees what a
/// partner app sent.
/// </summary>
public static class JsonDefaults
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
    }

    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>An enum value as the API writes it (<c>OnTimeOut</c> → <c>on-time-out</c>).</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        return options;
    }
}
