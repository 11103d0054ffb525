namespace CoachingBackend.ReadinessAssessment.Scoring;

/// <summary>Why answers cannot be scored, naming the item so the app can point at it.</summary>
public sealed record AnswerProblem(string ItemId, string Message);
