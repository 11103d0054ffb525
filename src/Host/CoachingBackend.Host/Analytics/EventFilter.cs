using FluentValidation;
using FluentValidation.Results;

namespace CoachingBackend.Host.Analytics;

/// <summary>
/// What an export or a tail asks for, checked against the catalogue before a byte is written (a streamed answer cannot
/// turn into a problem halfway). <see cref="Types"/> is null for every exported type.
/// </summary>
public sealed record EventFilter(long After, IReadOnlySet<string>? Types, DateTimeOffset? From, DateTimeOffset? To, long? Limit)
{
    /// <exception cref="ValidationException">A parameter out of range, an unknown type or module (named), from after to.</exception>
    public static EventFilter Read(EventCatalogue catalogue, long? after, string? types, string? modules,
        DateTimeOffset? from, DateTimeOffset? to, long? limit)
    {
        var errors = new List<ValidationFailure>();
        if (after < 0) errors.Add(new("after", "after must be 0 or more."));
        if (limit < 1) errors.Add(new("limit", "limit must be 1 or more."));
        if (from > to) errors.Add(new("from", "from must not be after to."));

        HashSet<string>? chosen = null;
        foreach (var name in Split(types))
        {
            if (catalogue.Named(name) is null) errors.Add(new("types", $"Unknown event type '{Cut(name)}'; GET /api/v1/analytics/event-types lists them."));
            else (chosen ??= new(StringComparer.Ordinal)).Add(name);
        }
        var moduleNames = Split(modules).ToList();
        foreach (var module in moduleNames)
        {
            if (!catalogue.Modules.Contains(module, StringComparer.Ordinal))
                errors.Add(new("modules", $"Unknown module '{Cut(module)}'; one of: {string.Join(", ", catalogue.Modules)}."));
        }
        if (errors.Count > 0) throw new ValidationException(errors);

        if (moduleNames.Count > 0)
        {
            // Types and modules together narrow each other: the given types of the given modules.
            var ofModules = catalogue.All.Where(t => moduleNames.Contains(t.Module)).Select(t => t.Name);
            chosen = chosen is null ? ofModules.ToHashSet(StringComparer.Ordinal) : chosen.Intersect(ofModules).ToHashSet(StringComparer.Ordinal);
        }
        return new EventFilter(after ?? 0, chosen, from, to, limit);
    }

    public bool Admits(ExportedEventType type) => Types is null || Types.Contains(type.Name);

    private static string Cut(string name) => name.Length <= 80 ? name : name[..80] + "…";

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
