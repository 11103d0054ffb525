namespace CoachingBackend.Enrollment.Coaches;

/// <param name="UserId">The coach's user id in the organisation's identity provider (their token's subject).</param>
public sealed record CoachRegistered(Guid CoachId, string Name, string UserId, int Capacity, DateTimeOffset RegisteredAt);

/// <summary>A client took a place in the coach's caseload.</summary>
public sealed record CaseloadPlaceTaken(Guid CoachId, Guid ClientId, DateTimeOffset TakenAt);

/// <summary>A place in the coach's caseload was freed: the client moved to another coach or was discharged.</summary>
public sealed record CaseloadPlaceFreed(Guid CoachId, Guid ClientId, string Reason, DateTimeOffset FreedAt);
