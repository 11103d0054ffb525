namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>
/// The single-question staging algorithm of the transtheoretical model: the client picks the statement that
/// describes them, and each statement is one stage (the mapping is the stage-of-change policy's).
/// </summary>
public static class StageOfChangeQuestionnaire
{
    public const string Key = "stage-of-change";
    public const string Stage = "stage";

    public const string MoreThan6Months = "more-than-6-months";
    public const string LessThan6Months = "less-than-6-months";
    public const string Within30Days = "within-30-days";
    public const string Within6Months = "within-6-months";
    public const string NotWithin6Months = "not-within-6-months";

    public static QuestionnaireDefinition Definition { get; } = new(
        Key,
        Version: 1,
        Title: "Stage of change",
        Description: "One question placing you in a stage of change, from not yet intending to change to keeping up a change.",
        Instructions: "Think of the target behaviour you have chosen and pick the statement that describes you best right now.",
        ScoringMethod.StageOfChange,
        AsksTargetBehaviour: true,
        [
            QuestionnaireItem.Choice(Stage, "Which statement describes you best?",
            [
                new(MoreThan6Months, "I have been doing this regularly for more than 6 months"),
                new(LessThan6Months, "I have been doing this regularly for less than 6 months"),
                new(Within30Days, "I intend to start within the next 30 days"),
                new(Within6Months, "I intend to start within the next 6 months"),
                new(NotWithin6Months, "I do not intend to start within the next 6 months"),
            ]),
        ]);
}
