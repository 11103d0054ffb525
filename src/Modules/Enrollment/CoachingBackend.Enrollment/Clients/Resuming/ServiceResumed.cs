using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.Resuming;

[EventMeaning("The client came back from a time-out.")]
public sealed record ServiceResumed(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    [property: Personal(PersonalData.Omitted)] string? Note,
    [property: Personal(PersonalData.StaffId)] string ResumedBy,
    DateTimeOffset ResumedAt);
