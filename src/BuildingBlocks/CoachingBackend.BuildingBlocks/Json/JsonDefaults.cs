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

    /// <summary>
    /// The API's bodies are read as strictly as the OpenAPI document describes them: an unknown or repeated property,
    /// a number sent as a string, an enum in any spelling but its own are refused (400), not guessed at.
    /// </summary>
    public static void ApplyHttp(JsonSerializerOptions options)
    {
        Apply(options);
        options.Converters.Insert(0, new StrictEnumConverter());
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false;
    }

    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>An enum value as the API writes it (<c>OnTimeOut</c> → <c>on-time-out</c>).</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The enum value a name written by <see cref="Name{TEnum}"/> stands for (<c>on-time-out</c> → <c>OnTimeOut</c>).</summary>
    public static TEnum FromName<TEnum>(string name) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Single(v => Name(v) == name);

    /// <summary>Reads an enum from a query string as the API writes it (<c>on-time-out</c>); null when absent.</summary>
    /// <exception cref="Microsoft.AspNetCore.Http.BadHttpRequestException">The value is not one of the enum's names.</exception>
    public static TEnum? ParseQuery<TEnum>(string? value, string parameter) where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(value)) return null;
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Name(candidate) == value) return candidate;
        }
        throw new Microsoft.AspNetCore.Http.BadHttpRequestException(
            $"{parameter} must be one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(Name))}.");
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        return options;
    }
}
