using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.AssigningCoach;

/// <summary>A place in the coach's caseload was freed: the client moved to another coach or was discharged.</summary>
[EventMeaning("A place in a coach's caseload was freed (re-assignment or discharge).")]
public sealed record CaseloadPlaceFreed(
    [property: Personal(PersonalData.StaffId)] Guid CoachId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    string Reason,
    DateTimeOffset FreedAt);
