using CoachingBackend.Enrollment.Clients.Discharging;

namespace CoachingBackend.Enrollment.Clients;

public sealed record DischargeSummary(DischargeReason Reason, string Summary, string DischargedBy, DateTimeOffset DischargedAt);
