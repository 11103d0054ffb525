namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>
/// A questionnaire as a partner app renders it: its items and scoring, and the resources question that every
/// assessment asks besides the items (answered as <c>resources</c> in the submission).
/// </summary>
public sealed record QuestionnaireForm(
    string Key,
    int Version,
    string Title,
    string Description,
    string Instructions,
    ScoringMethod Scoring,
    bool AsksTargetBehaviour,
    IReadOnlyList<QuestionnaireItem> Items,
    LinearScoring? Linear,
    ResourcesQuestion ResourcesQuestion)
{
    public static QuestionnaireForm From(QuestionnaireDefinition d) => new(d.Key, d.Version, d.Title, d.Description, d.Instructions,
        d.Scoring, d.AsksTargetBehaviour, d.Items, d.Linear, ResourcesQuestion.Standard);
}
