namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>The client began a time-out: the calendar pauses from <see cref="From"/> and no reminders go out.</summary>
public sealed record ClientProgrammePaused(Guid ClientProgrammeId, Guid ClientId, DateOnly From, DateTimeOffset At);
