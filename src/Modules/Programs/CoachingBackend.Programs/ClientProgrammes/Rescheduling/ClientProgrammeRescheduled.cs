using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.ClientProgrammes.Rescheduling;

/// <summary>The coach moved the activities not yet done, from <see cref="From"/> on, by <see cref="Days"/> days.</summary>
[EventMeaning("The coach moved a client's remaining activities by some days.")]
public sealed record ClientProgrammeRescheduled(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    int Days,
    DateOnly From,
    [property: Personal(PersonalData.StaffId)] string By,
    DateTimeOffset At);
