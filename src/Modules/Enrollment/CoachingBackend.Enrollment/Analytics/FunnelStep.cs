namespace CoachingBackend.Enrollment.Analytics;

/// <param name="Step">referred, intake, assessed, activated or completed.</param>
/// <param name="Count">Clients who took the step in the period; null when suppressed.</param>
/// <param name="ConversionFromPrevious">Count over the previous step's count, 3 decimals; null for the first step or when either count is suppressed.</param>
public sealed record FunnelStep(string Step, int? Count, bool Suppressed, double? ConversionFromPrevious);
