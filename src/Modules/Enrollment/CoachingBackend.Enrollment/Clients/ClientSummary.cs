using CoachingBackend.ReadinessAssessment.Contracts;

namespace CoachingBackend.Enrollment.Clients;

/// <summary>A client in a list: enough to pick them out, without their whole record.</summary>
public sealed record ClientSummary(Guid ClientId, PersonName Name, ClientStatus Status, Guid? CoachId, ReferralSource ReferralSource,
    DateTimeOffset ReferredAt, ReadinessRecommendation? LatestRecommendation, DateTimeOffset? LastActivityAt, int OpenFollowUps)
{
    public static ClientSummary From(ClientRecord c) => new(c.Id, c.Name, c.Status, c.CoachId, c.ReferralSource, c.ReferredAt,
        c.LatestReadiness?.Recommendation, c.LastActivityAt, c.OpenFollowUps);
}
