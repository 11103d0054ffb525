using CoachingBackend.ReadinessAssessment.Scoring;

namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <param name="Text">"Do you have the time and energy for a change right now?"</param>
/// <param name="Options">The values to send as <c>resources</c>: yes, partly, no, with their labels.</param>
public sealed record ResourcesQuestion(string Text, IReadOnlyList<AnswerOption> Options)
{
    public static readonly ResourcesQuestion Standard = new(RecommendationPolicy.ResourcesQuestion,
    [
        new AnswerOption("yes", "Yes"),
        new AnswerOption("partly", "Partly"),
        new AnswerOption("no", "No"),
    ]);
}
