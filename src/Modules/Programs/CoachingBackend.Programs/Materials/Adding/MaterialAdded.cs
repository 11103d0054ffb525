using CoachingBackend.Programs.Content;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Materials.Adding;

/// <summary>A coach or org-admin added an item to the organisation's material bank: its revision 1.</summary>
[EventMeaning("An item was added to the organisation's material bank.")]
public sealed record MaterialAdded(
    Guid MaterialId,
    MaterialKind Kind,
    string Title,
    string? Body,
    string? Url,
    int? DurationSeconds,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Tags,
    string Language,
    int? EstimatedMinutes,
    [property: Personal(PersonalData.StaffId)] string AddedBy,
    DateTimeOffset AddedAt)
{
    public static MaterialAdded Of(Guid materialId, MaterialContent c, string by, DateTimeOffset at) =>
        new(materialId, c.Kind, c.Title, c.Body, c.Url, c.DurationSeconds, c.Themes, c.Tags, c.Language, c.EstimatedMinutes, by, at);

    public MaterialContent Content() =>
        new(Kind, Title, Body, Url, DurationSeconds, Themes, Tags, Language, EstimatedMinutes);
}
