using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>The client is back from a time-out: the calendar runs again; the coach may shift what remains.</summary>
[EventMeaning("A client's programme ran again after a time-out.")]
public sealed record ClientProgrammeResumed(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateOnly On,
    DateTimeOffset At);
