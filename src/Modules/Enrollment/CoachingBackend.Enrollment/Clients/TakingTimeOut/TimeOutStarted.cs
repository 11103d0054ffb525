using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.TakingTimeOut;

/// <summary>The service paused (aikalisä): the client returns by <see cref="ReturnBy"/>, or is followed up.</summary>
[EventMeaning("The client's service paused for a time-out, with a date to return by.")]
public sealed record TimeOutStarted(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    [property: Personal(PersonalData.Omitted)] string Reason,
    DateOnly ReturnBy,
    [property: Personal(PersonalData.StaffId)] string StartedBy,
    DateTimeOffset StartedAt);
