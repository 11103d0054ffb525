using CoachingBackend.Programs.Content;
using CoachingBackend.Programs.Materials;
using CoachingBackend.Programs.Programmes;

namespace CoachingBackend.Programs.ClientProgrammes.Calendar;

/// <summary>One activity on the client's calendar, with what it uses and where it stands.</summary>
/// <param name="ActivityId">Name it as <c>calendarActivityId</c> in an entry to mark it done.</param>
/// <param name="ReminderAt">"HH:mm", a local time of day (the organisation's time zone) when a reminder goes out.</param>
public sealed record CalendarDay(
    Guid ActivityId,
    Guid ClientProgrammeId,
    string ProgrammeName,
    string Key,
    int Week,
    DateOnly On,
    string Title,
    Theme Theme,
    ActivityKind Kind,
    PinnedMaterial? Material,
    string? ReminderAt,
    ActivityState State,
    DateTimeOffset? DoneAt,
    Guid? EntryId);
