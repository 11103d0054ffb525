namespace CoachingBackend.Programs.ClientProgrammes.Skipping;

/// <summary>The client chose not to do this activity: it is theirs to decide, and no reminder follows.</summary>
public sealed record CalendarActivitySkipped(Guid ClientProgrammeId, Guid ClientId, Guid ActivityId, DateTimeOffset At);
