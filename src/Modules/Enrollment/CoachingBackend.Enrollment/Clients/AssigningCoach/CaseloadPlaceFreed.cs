namespace CoachingBackend.Enrollment.Clients.AssigningCoach;

/// <summary>A place in the coach's caseload was freed: the client moved to another coach or was discharged.</summary>
public sealed record CaseloadPlaceFreed(Guid CoachId, Guid ClientId, string Reason, DateTimeOffset FreedAt);
