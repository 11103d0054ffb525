namespace CoachingBackend.Programs.ClientProgrammes.Doing;

/// <summary>The client recorded an entry saying they did this activity of their calendar.</summary>
public sealed record CalendarActivityDone(Guid ClientProgrammeId, Guid ClientId, Guid ActivityId, Guid EntryId, DateTimeOffset At);
