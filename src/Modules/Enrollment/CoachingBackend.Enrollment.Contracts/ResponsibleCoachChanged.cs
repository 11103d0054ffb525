using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Contracts;

/// <summary>
/// The client has a new responsible coach. Other modules use it for their own ownership rule ("a coach acts on
/// their own clients"), keyed by the coach's user id (their token's subject).
/// </summary>
[EventMeaning("Directory fact: the client's responsible coach changed.")]
public sealed record ResponsibleCoachChanged(
    string TenantId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    [property: Personal(PersonalData.StaffId)] Guid CoachId,
    [property: Personal(PersonalData.StaffId)] string CoachUserId,
    DateTimeOffset ChangedAt);
