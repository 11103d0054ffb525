using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.FollowUps.Completing;

[EventMeaning("The coach completed a follow-up, with its outcome.")]
public sealed record FollowUpCompleted(
    [property: Personal(PersonalData.ClientId)] Guid ClientId, Guid FollowUpId, FollowUpOutcome Outcome, [property: Personal(PersonalData.Omitted)] string? Note, [property: Personal(PersonalData.StaffId)] string CompletedBy, DateTimeOffset CompletedAt);
