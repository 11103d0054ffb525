using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.ClientProgrammes.MovingVersion;

/// <summary>The coach moved the client to a newer version of the programme; what was done stays done.</summary>
[EventMeaning("The coach moved a client to a newer version of their programme.")]
public sealed record ClientProgrammeMovedToVersion(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    int FromVersion,
    int ToVersion,
    IReadOnlyList<CalendarActivity> Activities,
    [property: Personal(PersonalData.StaffId)] string By,
    DateTimeOffset At);
