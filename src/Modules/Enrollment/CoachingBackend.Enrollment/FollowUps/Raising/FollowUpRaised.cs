using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.FollowUps.Raising;

/// <summary>Something for the responsible coach to act on, raised by the passage of time.</summary>
[EventMeaning("Time raised a follow-up for the responsible coach (a passive client, an overdue time-out, a service ending).")]
public sealed record FollowUpRaised(
    [property: Personal(PersonalData.ClientId)] Guid ClientId, Guid FollowUpId, FollowUpKind Kind, [property: Personal(PersonalData.StaffId)] Guid? CoachId, string Reason, DateTimeOffset DueSince, DateTimeOffset RaisedAt);
