namespace CoachingBackend.Enrollment.Clients.Discharging;

/// <summary>The relationship ended deliberately; the discharge summary closes the journey.</summary>
public sealed record ClientDischarged(
    Guid ClientId, DischargeReason Reason, string Summary, Guid? CoachId, string DischargedBy, DateTimeOffset DischargedAt);
