namespace CoachingBackend.Enrollment.Clients.InterviewingForIntake;

/// <summary>
/// The intake interview (kartleggingssamtale / haastattelu): needs and goals in the client's own words,
/// their resources and how they want to be coached.
/// </summary>
public sealed record IntakeInterviewHeld(
    Guid ClientId,
    DateTimeOffset HeldAt,
    MeetingMode Mode,
    IReadOnlyList<OpenQuestion> Needs,
    IReadOnlyList<string> Goals,
    string Resources,
    CoachingMode PreferredMode,
    IReadOnlyList<RiskFactor> ConfirmedRiskFactors,
    string InterviewedBy,
    DateTimeOffset RecordedAt);
