using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// The event store keeps enums by their member names (<c>HealthStation</c>); the API and analysts speak kebab-case
/// (<c>health-station</c>). The export walks a payload along its CLR type and writes each enum value as the API does,
/// so one field has one vocabulary in every line.
/// </summary>
public static class EnumVocabulary
{
    private static readonly ConcurrentDictionary<Type, bool> HoldsEnums = new();
    private static readonly ConcurrentDictionary<Type, Dictionary<string, Type>> Properties = new();

    /// <summary>The CLR type of a payload's property by its JSON (camelCase) name; null when unknown.</summary>
    public static Type? PropertyType(Type? type, string jsonName) =>
        type is null ? null : Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .GroupBy(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToDictionary(g => g.Key, g => g.First().PropertyType))
            .GetValueOrDefault(jsonName);

    /// <summary>The element type of a list, or the type itself; nullables unwrapped.</summary>
    public static Type? ElementOf(Type? type)
    {
        if (type is null || type == typeof(string)) return type;
        if (type.IsArray) return type.GetElementType();
        var list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return list?.GetGenericArguments()[0] ?? type;
    }

    public static bool IsEnum(Type? type) => type is not null && (Nullable.GetUnderlyingType(type) ?? type).IsEnum;

    /// <summary>Whether any value under <paramref name="type"/> is an enum: if not, the payload is copied as stored.</summary>
    public static bool Holds(Type? type) => type is not null && HoldsEnums.GetOrAdd(type, t => Scan(t, []));

    public static string Spoken(string stored) => JsonNamingPolicy.KebabCaseLower.ConvertName(stored);

    private static bool Scan(Type type, HashSet<Type> seen)
    {
        var element = Nullable.GetUnderlyingType(ElementOf(type)!) ?? ElementOf(type)!;
        if (element.IsEnum) return true;
        if (element.IsPrimitive || element == typeof(string) || element.Namespace?.StartsWith("System") == true || !seen.Add(element)) return false;
        return element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => Scan(p.PropertyType, seen));
    }
}
