using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Contracts;

/// <summary>The service is paused for a time-out: calendars pause and reminders stop until the client resumes.</summary>
[EventMeaning("Directory fact: the client's service paused for a time-out.")]
public sealed record ClientTimeOutStarted(
    string TenantId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateOnly ReturnBy,
    DateTimeOffset StartedAt);
