namespace CoachingBackend.Enrollment.Clients.AssigningCoach;

/// <summary>A client took a place in the coach's caseload.</summary>
public sealed record CaseloadPlaceTaken(Guid CoachId, Guid ClientId, DateTimeOffset TakenAt);
