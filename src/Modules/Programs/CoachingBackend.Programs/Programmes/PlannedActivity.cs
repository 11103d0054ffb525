using CoachingBackend.Programs.Content;

namespace CoachingBackend.Programs.Programmes;

/// <summary>
/// One activity of a programme's draft: its material named by id only, pinned at a revision when the draft is shared
/// (<see cref="PublishedActivity"/>). <see cref="ReminderAt"/> is a time of day in the organisation's time zone.
/// </summary>
public sealed record PlannedActivity(
    string Key,
    string Title,
    Theme Theme,
    ActivityKind Kind,
    ActivityTiming When,
    Guid? MaterialId,
    TimeOnly? ReminderAt);
