namespace CoachingBackend.Enrollment.Clients;

/// <summary>A client as partner apps see them; never the stored document itself.</summary>
public sealed record ClientResponse(
    Guid ClientId,
    long Version,
    PersonName Name,
    DateOnly? DateOfBirth,
    ContactDetails Contact,
    ClientStatus Status,
    Guid? CoachId,
    ReferralResponse Referral,
    IntakeSummary? Intake,
    ReadinessSummary? LatestReadiness,
    ServicePeriod? Service,
    TimeOutSummary? TimeOut,
    DischargeSummary? Discharge,
    int MeetingsHeld,
    int MeetingsMissed,
    DateTimeOffset? LastActivityAt,
    int OpenFollowUps,
    DateTimeOffset LastChangedAt)
{
    public static ClientResponse From(ClientRecord c) => new(c.Id, c.Version, c.Name, c.DateOfBirth, c.Contact, c.Status, c.CoachId,
        new ReferralResponse(c.ReferralSource, c.ReferrerName, c.ReferralReason, c.RiskFactors, c.ReferredAt, c.ReferredBy),
        c.Intake, c.LatestReadiness, c.Service, c.TimeOut, c.Discharge, c.MeetingsHeld, c.MeetingsMissed, c.LastActivityAt,
        c.OpenFollowUps, c.LastChangedAt);
}
