using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Contracts;

/// <summary>The client is back from a time-out: paused calendars may be shifted and run again.</summary>
[EventMeaning("Directory fact: the client returned from a time-out.")]
public sealed record ClientServiceResumed(
    string TenantId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateTimeOffset ResumedAt);
