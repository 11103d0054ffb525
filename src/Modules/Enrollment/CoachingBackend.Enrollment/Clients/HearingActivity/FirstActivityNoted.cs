namespace CoachingBackend.Enrollment.Clients.HearingActivity;

/// <summary>
/// The first activity of the client's own since the passive-client watch started (activation or a resumption), from any
/// module, which settles that the client is not passive. Later activity only moves the activity log on.
/// </summary>
public sealed record FirstActivityNoted(Guid ClientId, string Source, DateTimeOffset OccurredAt);
