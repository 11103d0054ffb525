using System.Reflection;
using System.Text.Json;
using CoachingBackend.BuildingBlocks.Analytics;
using Marten;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// Every event type the store knows and that declares its meaning (<see cref="EventMeaningAttribute"/>): what the export
/// may send. A type without a declaration is never exported, so an undeclared personal field cannot leak.
/// </summary>
public sealed class EventCatalogue
{
    private readonly Dictionary<string, ExportedEventType> _byName;
    private readonly Dictionary<Type, ExportedEventType> _byType;

    public EventCatalogue(IDocumentStore store)
    {
        var types = store.Options.Events.AllKnownEventTypes()
            .Select(t => Describe(t.EventType, t.EventTypeName))
            .OfType<ExportedEventType>()
            .GroupBy(t => t.Name).Select(g => g.First())
            .OrderBy(t => t.Module, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        All = types;
        _byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _byType = types.ToDictionary(t => t.ClrType);
        Modules = types.Select(t => t.Module).Distinct().Order(StringComparer.Ordinal).ToList();
        _responses = new Lazy<IReadOnlyList<EventTypeResponse>>(() =>
            types.Select(t => new EventTypeResponse(t.Name, t.Module, t.SchemaVersion, t.Meaning, PayloadSchema.Of(t))).ToList());
    }

    private readonly Lazy<IReadOnlyList<EventTypeResponse>> _responses;

    /// <summary>The catalogue as <c>GET /analytics/event-types</c> answers it, made once.</summary>
    public IReadOnlyList<EventTypeResponse> Responses => _responses.Value;

    public IReadOnlyList<ExportedEventType> All { get; }
    public IReadOnlyList<string> Modules { get; }

    public ExportedEventType? Named(string name) => _byName.GetValueOrDefault(name);
    public ExportedEventType? Of(Type type) => _byType.GetValueOrDefault(type);

    /// <summary>The declaration of an event type, or null when it has none.</summary>
    public static ExportedEventType? Describe(Type type, string name)
    {
        var meaning = type.GetCustomAttribute<EventMeaningAttribute>();
        if (meaning is null) return null;
        var personal = type.GetProperties()
            .Select(p => (Name: JsonNamingPolicy.CamelCase.ConvertName(p.Name), Personal: p.GetCustomAttribute<PersonalAttribute>()))
            .Where(p => p.Personal is not null)
            .ToDictionary(p => p.Name, p => p.Personal!.Treatment, StringComparer.Ordinal);
        return new ExportedEventType(type, name, ModuleOf(type), meaning.SchemaVersion, meaning.Meaning, personal);
    }

    /// <summary><c>CoachingBackend.Programs</c> and <c>CoachingBackend.Programs.Contracts</c> are both Programs.</summary>
    public static string ModuleOf(Type type)
    {
        var assembly = type.Assembly.GetName().Name ?? "";
        if (assembly.EndsWith(".Contracts", StringComparison.Ordinal)) assembly = assembly[..^".Contracts".Length];
        return assembly.StartsWith("CoachingBackend.", StringComparison.Ordinal) ? assembly["CoachingBackend.".Length..] : assembly;
    }
}
