namespace CoachingBackend.ReadinessAssessment.Questionnaires.Browsing;

public sealed record QuestionnaireSummary(string Key, int Version, string Title, string Description, ScoringMethod Scoring,
    bool AsksTargetBehaviour, int ItemCount, bool BuiltIn)
{
    public static QuestionnaireSummary From(QuestionnaireDefinition d) => new(d.Key, d.Version, d.Title, d.Description, d.Scoring,
        d.AsksTargetBehaviour, d.Items.Count, BuiltInQuestionnaires.IsBuiltIn(d.Key));
}
