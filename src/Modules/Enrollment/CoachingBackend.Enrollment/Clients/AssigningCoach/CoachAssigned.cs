namespace CoachingBackend.Enrollment.Clients.AssigningCoach;

/// <summary>The client's responsible coach, and who held the place before (a re-assignment).</summary>
public sealed record CoachAssigned(
    Guid ClientId,
    Guid CoachId,
    string CoachUserId,
    Guid? PreviousCoachId,
    DateTimeOffset AssignedAt);
