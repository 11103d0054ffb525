namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>The client is back from a time-out: the calendar runs again; the coach may shift what remains.</summary>
public sealed record ClientProgrammeResumed(Guid ClientProgrammeId, Guid ClientId, DateOnly On, DateTimeOffset At);
