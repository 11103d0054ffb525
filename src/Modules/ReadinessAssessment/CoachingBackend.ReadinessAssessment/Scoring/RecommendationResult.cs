using CoachingBackend.ReadinessAssessment.Contracts;

namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>A recommendation, the versioned policy that made it, and why in words a coach can read to the client.</summary>
public sealed record RecommendationResult(ReadinessRecommendation Recommendation, string Policy, string Rationale);
