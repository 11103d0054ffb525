using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.AssigningCoach;

/// <summary>The client's responsible coach, and who held the place before (a re-assignment).</summary>
[EventMeaning("The client got a responsible coach (or a new one).")]
public sealed record CoachAssigned(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    [property: Personal(PersonalData.StaffId)] Guid CoachId,
    [property: Personal(PersonalData.StaffId)] string CoachUserId,
    [property: Personal(PersonalData.StaffId)] Guid? PreviousCoachId,
    DateTimeOffset AssignedAt);
