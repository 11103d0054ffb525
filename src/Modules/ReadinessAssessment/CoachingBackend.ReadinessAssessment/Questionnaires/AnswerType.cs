namespace CoachingBackend.ReadinessAssessment.Questionnaires;

public enum AnswerType
{
    /// <summary>An integer from the item's Min to Max; its options, if any, label some of the values.</summary>
    Scale,

    /// <summary>Exactly one of the item's option values.</summary>
    Choice,
}
