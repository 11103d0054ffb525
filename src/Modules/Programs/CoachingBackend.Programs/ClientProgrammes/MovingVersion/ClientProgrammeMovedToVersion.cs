namespace CoachingBackend.Programs.ClientProgrammes.MovingVersion;

/// <summary>The coach moved the client to a newer version of the programme; what was done stays done.</summary>
public sealed record ClientProgrammeMovedToVersion(
    Guid ClientProgrammeId,
    Guid ClientId,
    int FromVersion,
    int ToVersion,
    IReadOnlyList<CalendarActivity> Activities,
    string By,
    DateTimeOffset At);
