using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.HearingActivity;

/// <summary>
/// The first activity of the client's own since the passive-client watch started (activation or a resumption), from any
/// module, which settles that the client is not passive. Later activity only moves the activity log on.
/// </summary>
[EventMeaning("The client's first own activity since the service began or resumed, from any module.")]
public sealed record FirstActivityNoted(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    string Source,
    DateTimeOffset OccurredAt);
