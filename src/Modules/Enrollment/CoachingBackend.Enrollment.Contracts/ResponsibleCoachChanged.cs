namespace CoachingBackend.Enrollment.Contracts;

/// <summary>
/// The client has a new responsible coach. Other modules use it for their own ownership rule ("a coach acts on
/// their own clients"), keyed by the coach's user id (their token's subject).
/// </summary>
public sealed record ResponsibleCoachChanged(string TenantId, Guid ClientId, Guid CoachId, string CoachUserId, DateTimeOffset ChangedAt);
