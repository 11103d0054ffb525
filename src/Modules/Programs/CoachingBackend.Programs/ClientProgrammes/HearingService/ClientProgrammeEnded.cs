namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>The client left the service: the programme ends; nothing after <see cref="On"/> is on the calendar.</summary>
public sealed record ClientProgrammeEnded(Guid ClientProgrammeId, Guid ClientId, DateOnly On, string Reason, DateTimeOffset At);
