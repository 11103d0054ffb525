using CoachingBackend.BuildingBlocks.Json;
using CoachingBackend.Programs.Contracts;

namespace CoachingBackend.Programs.Materials;

/// <summary>The integration events about a material item, its content spelled as the API spells it.</summary>
public static class MaterialAnnouncements
{
    public static MaterialPublished Published(string tenantId, Guid materialId, MaterialContent c, DateTimeOffset at) =>
        new(tenantId, materialId, 1, JsonDefaults.Name(c.Kind), c.Title, c.Body, c.Url, c.DurationSeconds, Themes(c), c.Tags,
            c.Language, c.EstimatedMinutes, at);

    public static MaterialRevised Revised(string tenantId, Guid materialId, int revision, MaterialContent c, DateTimeOffset at) =>
        new(tenantId, materialId, revision, JsonDefaults.Name(c.Kind), c.Title, c.Body, c.Url, c.DurationSeconds, Themes(c), c.Tags,
            c.Language, c.EstimatedMinutes, at);

    public static MaterialRetired Retired(string tenantId, Material material, DateTimeOffset at)
    {
        var c = material.Content;
        return new(tenantId, material.Id, material.Revision, JsonDefaults.Name(c.Kind), c.Title, c.Body, c.Url, c.DurationSeconds,
            Themes(c), c.Tags, c.Language, c.EstimatedMinutes, at);
    }

    private static IReadOnlyList<string> Themes(MaterialContent c) => [.. c.Themes.Select(JsonDefaults.Name)];
}
