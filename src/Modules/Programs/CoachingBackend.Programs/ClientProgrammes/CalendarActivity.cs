using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Materials;
using CoachingBackend.Programs.Programmes;

namespace CoachingBackend.Programs.ClientProgrammes;

/// <summary>
/// One dated activity in a client's calendar: an activity of the programme version in one of its weeks, on the date
/// it falls for this client, with its material as pinned at publication. Its id is stable (programme, key, week), so
/// an entry can say which activity it did and a move to a newer version keeps what was done.
/// </summary>
public sealed record CalendarActivity(
    Guid Id,
    string Key,
    int Week,
    DateOnly On,
    string Title,
    Theme Theme,
    ActivityKind Kind,
    PinnedMaterial? Material,
    TimeOnly? ReminderAt,
    DateTimeOffset? DoneAt = null,
    Guid? EntryId = null,
    DateTimeOffset? SkippedAt = null,
    DateTimeOffset? RemindedAt = null)
{
    public bool IsDone => DoneAt is not null;

    /// <summary>Done or skipped: nothing is left to do, remind of, or move.</summary>
    public bool IsSettled => DoneAt is not null || SkippedAt is not null;
}
