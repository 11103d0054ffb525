using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Contracts;

/// <summary>The client was discharged; modules stop what they run for them (programmes, courses, reminders).</summary>
[EventMeaning("Directory fact: the client left the service, for the given reason.")]
public sealed record ClientLeftService(
    string TenantId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    string Reason,
    DateTimeOffset DischargedAt);
