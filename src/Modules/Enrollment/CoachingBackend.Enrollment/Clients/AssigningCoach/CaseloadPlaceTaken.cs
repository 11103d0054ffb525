using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.AssigningCoach;

/// <summary>A client took a place in the coach's caseload.</summary>
[EventMeaning("A client took a place in a coach's caseload.")]
public sealed record CaseloadPlaceTaken(
    [property: Personal(PersonalData.StaffId)] Guid CoachId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateTimeOffset TakenAt);
