namespace CoachingBackend.Programs.ClientProgrammes.Rescheduling;

/// <summary>The coach moved the activities not yet done, from <see cref="From"/> on, by <see cref="Days"/> days.</summary>
public sealed record ClientProgrammeRescheduled(Guid ClientProgrammeId, Guid ClientId, int Days, DateOnly From, string By,
    DateTimeOffset At);
