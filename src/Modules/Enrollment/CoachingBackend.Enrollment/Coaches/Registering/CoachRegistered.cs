using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Coaches.Registering;

/// <param name="UserId">The coach's user id in the organisation's identity provider (their token's subject).</param>
[EventMeaning("A coach joined the organisation, with a caseload capacity.")]
public sealed record CoachRegistered(
    [property: Personal(PersonalData.StaffId)] Guid CoachId,
    [property: Personal(PersonalData.Omitted)] string Name,
    [property: Personal(PersonalData.StaffId)] string UserId,
    int Capacity,
    DateTimeOffset RegisteredAt);
