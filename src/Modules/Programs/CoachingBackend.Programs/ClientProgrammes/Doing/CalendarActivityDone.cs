using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.ClientProgrammes.Doing;

/// <summary>The client recorded an entry saying they did this activity of their calendar.</summary>
[EventMeaning("The client did an activity of their calendar.")]
public sealed record CalendarActivityDone(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    Guid ActivityId,
    Guid EntryId,
    DateTimeOffset At);
