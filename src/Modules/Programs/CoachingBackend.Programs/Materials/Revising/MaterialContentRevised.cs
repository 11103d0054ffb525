using CoachingBackend.Programs.Content;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.Materials.Revising;

/// <summary>
/// A material item got a new revision, given whole. (Not <c>MaterialRevised</c>: that name is the integration event's,
/// in Programs.Contracts.)
/// </summary>
[EventMeaning("A material item got a new revision.")]
public sealed record MaterialContentRevised(
    Guid MaterialId,
    int Revision,
    MaterialKind Kind,
    string Title,
    string? Body,
    string? Url,
    int? DurationSeconds,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Tags,
    string Language,
    int? EstimatedMinutes,
    [property: Personal(PersonalData.StaffId)] string RevisedBy,
    DateTimeOffset RevisedAt)
{
    public static MaterialContentRevised Of(Guid materialId, int revision, MaterialContent c, string by, DateTimeOffset at) =>
        new(materialId, revision, c.Kind, c.Title, c.Body, c.Url, c.DurationSeconds, c.Themes, c.Tags, c.Language, c.EstimatedMinutes, by, at);

    public MaterialContent Content() =>
        new(Kind, Title, Body, Url, DurationSeconds, Themes, Tags, Language, EstimatedMinutes);
}
