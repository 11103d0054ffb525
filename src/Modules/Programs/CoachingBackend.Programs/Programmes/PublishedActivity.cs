using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Materials;

namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// One activity of a published programme version, its material pinned at the revision current at publication.
/// <see cref="Key"/> is unique within the programme and stays the same across versions, so a client moved to a newer
/// version keeps what they already did.
/// </summary>
public sealed record PublishedActivity(
    string Key,
    string Title,
    Theme Theme,
    ActivityKind Kind,
    ActivityTiming When,
    PinnedMaterial? Material,
    TimeOnly? ReminderAt);
