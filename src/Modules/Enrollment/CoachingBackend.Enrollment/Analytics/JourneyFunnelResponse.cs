namespace CoachingBackend.Enrollment.Analytics;

public sealed record JourneyFunnelResponse(string? From, string? To, IReadOnlyList<FunnelStep> Steps);
