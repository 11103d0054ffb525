namespace CoachingBackend.Enrollment.Analytics;

public sealed record DropoutTimingResponse(string? From, string? To, DischargeTiming All, IReadOnlyList<DischargeTiming> ByReason);
