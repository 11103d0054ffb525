using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>The client began a time-out: the calendar pauses from <see cref="From"/> and no reminders go out.</summary>
[EventMeaning("A client's programme paused for a time-out.")]
public sealed record ClientProgrammePaused(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateOnly From,
    DateTimeOffset At);
