using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.Enrollment.Clients.InterviewingForIntake;

/// <summary>
/// The intake interview (kartleggingssamtale / haastattelu): needs and goals in the client's own words,
/// their resources and how they want to be coached.
/// </summary>
[EventMeaning("The intake interview was held: the client's needs, goals and preferred way of coaching.")]
public sealed record IntakeInterviewHeld(
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    DateTimeOffset HeldAt,
    MeetingMode Mode,
    [property: Personal(PersonalData.Omitted)] IReadOnlyList<OpenQuestion> Needs,
    [property: Personal(PersonalData.Omitted)] IReadOnlyList<string> Goals,
    [property: Personal(PersonalData.Omitted)] string Resources,
    CoachingMode PreferredMode,
    IReadOnlyList<RiskFactor> ConfirmedRiskFactors,
    [property: Personal(PersonalData.StaffId)] string InterviewedBy,
    DateTimeOffset RecordedAt);
