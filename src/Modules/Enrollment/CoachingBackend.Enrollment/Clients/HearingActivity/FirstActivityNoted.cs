namespace CoachingBackend.Enrollment.Clients.HearingActivity;

/// <summary>
/// The first activity of the client's own after activation (from any module), which settles that the client is
/// not passive. Later activity is not written to the journey, only counted on the client record.
/// </summary>
public sealed record FirstActivityNoted(Guid ClientId, string Source, DateTimeOffset OccurredAt);
