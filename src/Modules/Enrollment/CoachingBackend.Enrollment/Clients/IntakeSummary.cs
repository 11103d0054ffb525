using CoachingBackend.Enrollment.Clients.InterviewingForIntake;

namespace CoachingBackend.Enrollment.Clients;

public sealed record IntakeSummary(DateTimeOffset HeldAt, MeetingMode Mode, CoachingMode PreferredMode, IReadOnlyList<string> Goals,
    IReadOnlyList<OpenQuestion> Needs, string Resources, IReadOnlyList<RiskFactor> ConfirmedRiskFactors, string InterviewedBy);
