namespace CoachingBackend.ReadinessAssessment.Questionnaires;

/// <summary>An organisation's own published questionnaire version. Inserted once, never updated.</summary>
public sealed class CustomQuestionnaire
{
    /// <summary><c>key@version</c>: inserting the same version twice fails, so a published version never changes.</summary>
    public string Id { get; set; } = "";
    public string Key { get; set; } = "";
    public int Version { get; set; }
    public QuestionnaireDefinition Definition { get; set; } = null!;
    public string PublishedBy { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }

    public static string IdFor(string key, int version) => $"{key}@{version}";
}
