namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>
/// A versioned questionnaire: what is asked and how the answers are scored. An assessment records the key and
/// version it was answered against, so a definition never changes once published; a change is a new version.
/// </summary>
public sealed record QuestionnaireDefinition(
    string Key,
    int Version,
    string Title,
    string Description,
    string Instructions,
    ScoringMethod Scoring,
    bool AsksTargetBehaviour,
    IReadOnlyList<QuestionnaireItem> Items,
    LinearScoring? Linear = null)
{
    public QuestionnaireItem? FindItem(string itemId) => Items.FirstOrDefault(item => item.Id == itemId);
}
