using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Programs.ClientProgrammes.HearingService;

/// <summary>The client left the service: the programme ends; nothing after <see cref="On"/> is on the calendar.</summary>
[EventMeaning("A client's programme ended as the client left the service.")]
public sealed record ClientProgrammeEnded(
    Guid ClientProgrammeId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateOnly On,
    string Reason,
    DateTimeOffset At);
