using CoachingBackend.ReadinessAssessment.Questionnaires;
using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.ReadinessAssessment.Assessments.Submitting;

/// <summary>
/// The event of record: the raw answers as given, against a questionnaire key and version. Scores are derived
/// from it, so a later policy can score the same answers again.
/// </summary>
public sealed record ReadinessAnswersSubmitted(
    Guid AssessmentId,
    Guid ClientId,
    string Questionnaire,
    int QuestionnaireVersion,
    TargetBehaviour? TargetBehaviour,
    IReadOnlyList<Answer> Answers,
    Resources Resources,
    string SubmittedBy,
    bool SubmittedByClient,
    DateTimeOffset SubmittedAt);
