namespace CoachingBackend.Enrollment.Clients.GettingJourney;

public sealed record JourneyResponse(Guid ClientId, long Version, IReadOnlyList<JourneyEntry> Entries);
