namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>The published instruments every organisation can use; their keys are reserved.</summary>
public static class BuiltInQuestionnaires
{
    public static QuestionnaireDefinition Urica => UricaQuestionnaire.Definition;
    public static QuestionnaireDefinition ReadinessRuler => ReadinessRulerQuestionnaire.Definition;
    public static QuestionnaireDefinition StageOfChange => StageOfChangeQuestionnaire.Definition;

    public static IReadOnlyList<QuestionnaireDefinition> All { get; } = [Urica, ReadinessRuler, StageOfChange];

    public static QuestionnaireDefinition? Find(string key) => All.FirstOrDefault(definition => definition.Key == key);

    public static bool IsBuiltIn(string key) => Find(key) is not null;
}
