using System.Text.Json;
using System.Text.RegularExpressions;
using CoachingBackend.BuildingBlocks.Json;
using Microsoft.AspNetCore.Http;

namespace CoachingBackend.BuildingBlocks.Problems;

/// <summary>
/// Says why a request could not be read, in terms of the caller's own fields (<c>capacity: Must be an integer.</c>),
/// never of the server's types: the serializer's and the binder's messages name .NET types, these do not.
/// </summary>
public static partial class BindingErrors
{
    /// <summary>The key of an error about the body as a whole (not JSON, the wrong kind of value, missing).</summary>
    public const string Body = "$";

    /// <summary>The field (a JSON path without <c>$.</c>, or a parameter's name) and what is wrong with it.</summary>
    public static (string Field, string Message) Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException json => Describe(json),
        _ => DescribeBinding(bad.Message),
    };

    public static (string Field, string Message) Describe(JsonException json)
    {
        var field = Field(json.Path);
        if (json is JsonFieldException) return (field, json.Message);
        var message = json.Message;
        if (Unmapped().Match(message) is { Success: true } unmapped)
        {
            // The path is that of the object holding the stray property.
            var name = unmapped.Groups["name"].Value;
            var at = field == Body ? name : field.EndsWith("." + name, StringComparison.Ordinal) || field == name ? field : $"{field}.{name}";
            return (Safe(at), "Is not a field of this operation; see the OpenAPI document.");
        }
        if (message.StartsWith("Duplicate", StringComparison.Ordinal) || message.Contains("duplicate", StringComparison.OrdinalIgnoreCase))
            return (field, "Is given more than once.");
        if (Converted().Match(message) is { Success: true } converted)
            return (field, Expected(LeafType(converted.Groups["type"].Value, json.Path)));
        if (json.InnerException is null && message.Contains("LineNumber", StringComparison.Ordinal) && !Internal(message))
        {
            var end = message.IndexOf(" Path:", StringComparison.Ordinal);
            return (field, end > 0 ? message[..end] : message);
        }
        return (field, "Is not valid here; see the OpenAPI document.");
    }

    private static (string, string) DescribeBinding(string message)
    {
        if (NotProvided().Match(message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value == "body"
                ? (Body, "A JSON body is required.")
                : (missing.Groups["name"].Value, "Is required.");
        }
        if (FailedToBind().Match(message) is { Success: true } failed)
            return (failed.Groups["name"].Value, Expected(failed.Groups["type"].Value));
        if (OwnWords().Match(message) is { Success: true } own && !Internal(message))
            return (own.Groups["name"].Value, message);
        return (Body, "The request is malformed.");
    }

    /// <summary><c>$.needs[0].question</c> → <c>needs[0].question</c>, the form validation errors are keyed by.</summary>
    private static string Field(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? Body : Safe(path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path);

    /// <summary>A key made of the caller's own text, cut short and without control characters.</summary>
    private static string Safe(string key)
    {
        var clean = new string(key.Where(c => !char.IsControl(c)).Take(200).ToArray());
        return clean.Length == 0 ? Body : clean;
    }

    private static bool Internal(string message) =>
        message.Contains("CoachingBackend.", StringComparison.Ordinal) || message.Contains("System.", StringComparison.Ordinal);

    /// <summary>What a value of a .NET type looks like on the wire.</summary>
    private static string Expected(string typeName)
    {
        var name = typeName.Trim();
        if (NullableOf().Match(name) is { Success: true } inner) name = inner.Groups["inner"].Value;
        name = name.TrimEnd('?');
        return name switch
        {
            "System.Int32" or "System.Int64" or "System.Int16" or "System.Byte" or "System.UInt32" or "System.UInt64"
                or "int" or "long" or "short" => "Must be an integer.",
            "System.Decimal" or "System.Double" or "System.Single" or "decimal" or "double" or "float" => "Must be a number.",
            "System.String" or "string" => "Must be a string.",
            "System.Boolean" or "bool" => "Must be true or false.",
            "System.Guid" or "Guid" => "Must be a GUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6.",
            "System.DateTimeOffset" or "System.DateTime" or "DateTimeOffset" or "DateTime" =>
                "Must be a date and time with its offset (RFC 3339), such as 2025-03-01T10:00:00+02:00.",
            "System.DateOnly" or "DateOnly" => "Must be a date such as 2025-03-01.",
            "System.TimeOnly" or "TimeOnly" => "Must be a time of day such as 10:30:00.",
            "System.TimeSpan" or "TimeSpan" => "Must be a duration such as 01:30:00.",
            "System.Text.Json.JsonElement" => "Must be a JSON value.",
            _ when name.Contains("Dictionary", StringComparison.Ordinal) => "Must be an object.",
            _ when name.Contains("List`", StringComparison.Ordinal) || name.Contains("Enumerable`", StringComparison.Ordinal)
                || name.Contains("Collection`", StringComparison.Ordinal) || name.EndsWith("[]", StringComparison.Ordinal) => "Must be an array.",
            _ when name.StartsWith("System.Nullable`1", StringComparison.Ordinal) => "Must be a value of the right type.",
            _ when EnumNamed(name) is { } type => $"Must be one of: {string.Join(", ", Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n)).Order())}.",
            _ => "Must be an object.",
        };
    }

    /// <summary>
    /// A record read through its constructor is named in the message instead of the field's own type: the field's
    /// type is then found from the path's last name (<c>$.needs[0]</c> → the items of <c>Needs</c>).
    /// </summary>
    private static string LeafType(string typeName, string? path)
    {
        if (string.IsNullOrEmpty(path) || !typeName.StartsWith("CoachingBackend.", StringComparison.Ordinal)) return typeName;
        var declaring = OwnType(typeName);
        var last = LastName().Match(path);
        if (declaring is null || !last.Success) return typeName;
        var property = declaring.GetProperties().FirstOrDefault(p =>
            string.Equals(p.Name, last.Groups["name"].Value, StringComparison.OrdinalIgnoreCase));
        if (property is null) return typeName;
        var type = property.PropertyType;
        for (var i = 0; i < last.Groups["index"].Captures.Count; i++)
        {
            type = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().LastOrDefault() ?? type;
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType ? type.GetGenericTypeDefinition().FullName! : type.FullName ?? type.Name;
    }

    private static Type? OwnType(string fullName) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("CoachingBackend", StringComparison.Ordinal) == true)
            .Select(a => a.GetType(fullName, throwOnError: false))
            .FirstOrDefault(t => t is not null);

    private static Type? EnumNamed(string fullName) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("CoachingBackend", StringComparison.Ordinal) == true)
            .Select(a => a.GetType(fullName, throwOnError: false))
            .FirstOrDefault(t => t is { IsEnum: true });

    [GeneratedRegex(@"The JSON property '(?<name>.*?)' could not be mapped", RegexOptions.Singleline)]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"could not be converted to (?<type>.+?)\. Path:", RegexOptions.Singleline)]
    private static partial Regex Converted();

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)(?<index>\[\d+\])*$")]
    private static partial Regex LastName();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>.+)\]$")]
    private static partial Regex NullableOf();

    [GeneratedRegex("^Required parameter \"(?<type>.+?) (?<name>[A-Za-z0-9_]+)\" was not provided from (?<source>[a-z ]+?)\\.?$")]
    private static partial Regex NotProvided();

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+?) (?<name>[A-Za-z0-9_]+)\" from")]
    private static partial Regex FailedToBind();

    /// <summary>The API's own words about a parameter or header: <c>limit must be …</c>, <c>If-Match may be …</c>.</summary>
    [GeneratedRegex("^(?<name>[a-z][A-Za-z0-9]*|If-Match|X-Correlation-Id) (must|is|are|may) ")]
    private static partial Regex OwnWords();
}
