namespace CoachingBackend.Enrollment.Coaches.Registering;

/// <param name="UserId">The coach's user id in the organisation's identity provider (their token's subject).</param>
public sealed record CoachRegistered(Guid CoachId, string Name, string UserId, int Capacity, DateTimeOffset RegisteredAt);
