using System.ComponentModel.DataAnnotations;
using CoachingBackend.BuildingBlocks.Input;
using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// One activity as the author sends it. key is the author's own kebab-case name for it, unique within
/// the programme and kept across versions; reminderAt is "HH:mm" in the organisation's time zone.
/// </summary>
public sealed record DraftActivity(
    [property: Text(60), RegularExpression(DraftActivity.KeyPattern)] string Key,
    string Title,
    [property: Required] Theme? Theme,
    [property: Required] ActivityKind? Kind,
    [property: Required] ActivityWhen? When,
    Guid? MaterialId,
    [property: Text(5), RegularExpression(DraftActivity.TimeOfDayPattern)] string? ReminderAt)
{
    public const string KeyPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string TimeOfDayPattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
}
