using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.Discharging;

/// <summary>The relationship ended deliberately; the discharge summary closes the journey.</summary>
[EventMeaning("The client's service ended, for the given reason.")]
public sealed record ClientDischarged(
    [property: Personal(PersonalData.ClientId)] Guid ClientId, DischargeReason Reason, [property: Personal(PersonalData.Omitted)] string Summary, [property: Personal(PersonalData.StaffId)] Guid? CoachId, [property: Personal(PersonalData.StaffId)] string DischargedBy, DateTimeOffset DischargedAt);
