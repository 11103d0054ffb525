namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>
/// The readiness ruler of motivational interviewing: importance, confidence and readiness, each 0 to 10.
/// Only the two ends are labelled, as on the printed ruler.
/// </summary>
public static class ReadinessRulerQuestionnaire
{
    public const string Key = "readiness-ruler";

    public const string Importance = "importance";
    public const string Confidence = "confidence";
    public const string Readiness = "readiness";

    public static QuestionnaireDefinition Definition { get; } = new(
        Key,
        Version: 1,
        Title: "Readiness ruler",
        Description: "Three quick 0–10 ratings: how important the change is to you, how confident you are that you "
            + "could make it, and how ready you are to make it now.",
        Instructions: "Think of the target behaviour you have chosen. On a scale from 0 to 10, choose the number that best "
            + "describes you right now.",
        ScoringMethod.ReadinessRuler,
        AsksTargetBehaviour: true,
        [
            Ruler(Importance, "How important is it for you to make this change?", "important"),
            Ruler(Confidence, "How confident are you that you could make this change?", "confident"),
            Ruler(Readiness, "How ready are you to make this change now?", "ready"),
        ]);

    private static QuestionnaireItem Ruler(string id, string text, string adjective) =>
        QuestionnaireItem.Scale(id, text, 0, 10,
            [new("0", $"Not at all {adjective}"), new("10", $"Extremely {adjective}")]);
}
