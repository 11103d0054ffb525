using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Contracts;

/// <summary>The client's service period began: modules may now run programmes and courses for them.</summary>
[EventMeaning("Directory fact: the client's service period began.")]
public sealed record ClientServiceActivated(
    string TenantId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateTimeOffset ActivatedAt,
    DateOnly EndsOn);
