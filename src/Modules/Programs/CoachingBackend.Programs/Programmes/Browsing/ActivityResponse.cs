using System.Globalization;
using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Materials;

namespace CoachingBackend.Programs.Programmes.Browsing;

/// <summary>
/// An activity as the API shows it: in a draft the material by id; in a version also pinned at its revision.
/// reminderAt is "HH:mm" in the organisation's time zone, as it was sent.
/// </summary>
public sealed record ActivityResponse(string Key, string Title, Theme Theme, ActivityKind Kind, ActivityWhen When, Guid? MaterialId,
    PinnedMaterial? Material, string? ReminderAt)
{
    public static ActivityResponse From(PlannedActivity a) =>
        new(a.Key, a.Title, a.Theme, a.Kind, ActivityWhen.From(a.When), a.MaterialId, null, Time(a.ReminderAt));

    public static ActivityResponse From(PublishedActivity a) =>
        new(a.Key, a.Title, a.Theme, a.Kind, ActivityWhen.From(a.When), a.Material?.MaterialId, a.Material, Time(a.ReminderAt));

    private static string? Time(TimeOnly? at) => at?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
