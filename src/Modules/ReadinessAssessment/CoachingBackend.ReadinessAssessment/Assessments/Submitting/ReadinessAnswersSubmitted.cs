using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;
using CoachingBackend.BuildingBlocks.Analytics;

namespace CoachingBackend.ReadinessAssessment.Assessments.Submitting;

/// <summary>
/// The event of record: the raw answers as given, against a questionnaire key and version. Scores are derived
/// from it, so a later policy can score the same answers again.
/// </summary>
[EventMeaning("A readiness questionnaire was answered (the answers themselves are never exported).")]
public sealed record ReadinessAnswersSubmitted(
    Guid AssessmentId,
    [property: Personal(PersonalData.ClientId)] Guid ClientId,
    string Questionnaire,
    int QuestionnaireVersion,
    TargetBehaviour? TargetBehaviour,
    [property: Personal(PersonalData.Omitted)] IReadOnlyList<Answer> Answers,
    Resources Resources,
    [property: Personal(PersonalData.Omitted)] string SubmittedBy,
    bool SubmittedByClient,
    DateTimeOffset SubmittedAt);
