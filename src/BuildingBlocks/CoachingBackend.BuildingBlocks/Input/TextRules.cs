using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation.Results;

namespace CoachingBackend.BuildingBlocks.Input;

/// <summary>
/// The rules every command and query meets before any validator of its own runs: no control characters in a text
/// (tab and line breaks only in a multiline <see cref="TextAttribute">free text</see>), no text over its limit, no
/// empty GUID as an id, and no missing required list or object. Errors are keyed by the JSON path the caller sent.
/// </summary>
public static class TextRules
{
    /// <summary>The limit of a text field that states none: a name, a key, an id.</summary>
    public const int DefaultMaxLength = 200;

    /// <summary>The most list items or nested objects looked into, so that a hostile body costs bounded work.</summary>
    private const int MaxDepth = 16;

    private static readonly ConcurrentDictionary<Type, Field[]> Fields = new();

    /// <summary>Every breach of the rules in <paramref name="message"/>, and the fields that are missing though required.</summary>
    public static (List<ValidationFailure> Breaches, List<ValidationFailure> Missing) Check(object message)
    {
        var breaches = new List<ValidationFailure>();
        var missing = new List<ValidationFailure>();
        Visit(message, "", null, breaches, missing, 0);
        return (breaches, missing);
    }

    /// <summary>Why <paramref name="text"/> breaks the rules for a field with <paramref name="limit"/>; null when it does not.</summary>
    public static string? Judge(string text, TextAttribute? limit)
    {
        var max = limit?.MaxLength ?? DefaultMaxLength;
        if (text.Length > max) return $"Must be at most {max} characters (it has {text.Length}).";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' && limit is { Multiline: true }) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                var found = $"U+{(int)c:X4} at {i}";
                return limit is { Multiline: true }
                    ? $"Must not hold control characters other than tab and line breaks (found {found})."
                    : $"Must be one line without control characters (found {found}).";
            }
        }
        return null;
    }

    private static void Visit(object? value, string path, Field? field, List<ValidationFailure> breaches,
        List<ValidationFailure> missing, int depth)
    {
        if (depth > MaxDepth) return;
        switch (value)
        {
            case null:
                if (field is { Required: true }) missing.Add(new ValidationFailure(path, $"{Name(path)} is required."));
                return;
            case string text:
                if (Judge(text, field?.Text) is { } why) breaches.Add(new ValidationFailure(path, why));
                return;
            case Guid id:
                if (id == Guid.Empty) breaches.Add(new ValidationFailure(path, $"{Name(path)} must not be the empty GUID."));
                return;
            case JsonElement element:
                VisitJson(element, path, field, breaches, depth);
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key as string ?? Convert.ToString(entry.Key) ?? "";
                    var at = $"{path}.{key}";
                    if (Judge(key, null) is { } badKey) breaches.Add(new ValidationFailure(path, $"A key: {badKey}"));
                    else Visit(entry.Value, at, field is null ? null : field with { Required = false }, breaches, missing, depth + 1);
                }
                return;
            case IEnumerable list:
                var index = 0;
                foreach (var item in list)
                {
                    Visit(item, $"{path}[{index++}]", field is null ? null : field with { Required = false }, breaches, missing, depth + 1);
                }
                return;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
        foreach (var child in Fields.GetOrAdd(type, Describe))
        {
            Visit(child.Property.GetValue(value), path.Length == 0 ? child.JsonName : $"{path}.{child.JsonName}", child,
                breaches, missing, depth + 1);
        }
    }

    private static void VisitJson(JsonElement element, string path, Field? field, List<ValidationFailure> breaches, int depth)
    {
        if (depth > MaxDepth) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                if (Judge(element.GetString()!, field?.Text) is { } why) breaches.Add(new ValidationFailure(path, why));
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray()) VisitJson(item, $"{path}[{index++}]", field, breaches, depth + 1);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (Judge(property.Name, null) is { } bad) breaches.Add(new ValidationFailure(path, $"A key: {bad}"));
                    else VisitJson(property.Value, $"{path}.{property.Name}", field, breaches, depth + 1);
                }
                break;
        }
    }

    private static string Name(string path) => path.Length == 0 ? "The value" : path;

    private static Field[] Describe(Type type)
    {
        var nullability = new NullabilityInfoContext(); // not thread-safe: one per description
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => new Field(p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), TextOf(type, p), IsRequired(p, nullability)))
            .ToArray();
    }

    /// <summary>The limit stated on the property, or on the record's constructor parameter of the same name.</summary>
    private static TextAttribute? TextOf(Type type, PropertyInfo property) =>
        property.GetCustomAttribute<TextAttribute>()
        ?? type.GetConstructors().SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name)?.GetCustomAttribute<TextAttribute>();

    /// <summary>Required: marked so, or a list or object that is not nullable (texts and values are the validators' to judge).</summary>
    private static bool IsRequired(PropertyInfo property, NullabilityInfoContext nullability)
    {
        if (property.GetCustomAttribute<RequiredAttribute>() is not null) return true;
        if (property.PropertyType.IsValueType || property.PropertyType == typeof(string)) return false;
        return nullability.Create(property).ReadState == NullabilityState.NotNull;
    }

    private sealed record Field(PropertyInfo Property, string JsonName, TextAttribute? Text, bool Required);
}
